package dev.pygrade.api.webhook;

import dev.pygrade.api.outbound.OutboundHttp;
import dev.pygrade.api.outbound.Reach;
import dev.pygrade.api.outbound.RefusedTargetException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * POSTs one signed webhook and says whether the receiver took it (any 2xx). Through {@link OutboundHttp}: public
 * addresses only (plus {@code pygrade.outbound.*}), checked again at every try because DNS may have changed since the
 * URL was accepted, and never following redirects.
 */
@ApplicationScoped
public class WebhookSender {
    private final WebhookConfig config;
    private final OutboundHttp http;

    public WebhookSender(WebhookConfig config, OutboundHttp http) {
        this.config = config;
        this.http = http;
    }

    /**
     * The outcome of one try: the HTTP status, or the reason no status came back (status 0). {@code refused}: the
     * target's address may not be called; the error then says only its class.
     */
    public record Outcome(int statusCode, String error, boolean refused) {
        public boolean delivered() {
            return statusCode >= 200 && statusCode < 300;
        }
    }

    public Outcome send(WebhookStore.Claimed delivery) {
        if (delivery.secret() == null) {
            return new Outcome(0, "the API key that signs this webhook no longer exists", false);
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        try {
            OutboundHttp.Request request = OutboundHttp.Request.post(
                            URI.create(delivery.url()), "application/json", body)
                    .header("User-Agent", "pygrade-webhooks/1")
                    .header("X-Pygrade-Delivery", Long.toString(delivery.id()))
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), body));
            int status = http.send(request, Reach.PUBLIC, config.timeout()).status();
            return new Outcome(status, status / 100 == 2 ? null : "the receiver answered HTTP " + status, false);
        } catch (RefusedTargetException e) {
            return new Outcome(0, e.getMessage(), true);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(0, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }
}
