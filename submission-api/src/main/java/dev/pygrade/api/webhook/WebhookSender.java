package dev.pygrade.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** POSTs one signed webhook and says whether the receiver took it (any 2xx). Never follows redirects. */
@ApplicationScoped
public class WebhookSender {
    private final WebhookConfig config;
    private final HttpClient client;

    public WebhookSender(WebhookConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The outcome of one try: the HTTP status, or the reason no status came back (status 0). */
    public record Outcome(int statusCode, String error) {
        public boolean delivered() {
            return statusCode >= 200 && statusCode < 300;
        }
    }

    public Outcome send(WebhookStore.Claimed delivery) throws InterruptedException {
        if (delivery.secret() == null) {
            return new Outcome(0, "the API key that signs this webhook no longer exists");
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "pygrade-webhooks/1")
                    .header("X-Pygrade-Delivery", Long.toString(delivery.id()))
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(
                    response.statusCode(),
                    response.statusCode() / 100 == 2 ? null : "the receiver answered HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
