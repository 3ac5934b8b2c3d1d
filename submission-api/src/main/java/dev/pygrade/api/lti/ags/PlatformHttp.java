package dev.pygrade.api.lti.ags;

import dev.pygrade.api.lti.LtiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The HTTP client for platform calls, with the configured timeouts; failures become {@link PassbackFailure}s. */
@ApplicationScoped
public class PlatformHttp {
    private final HttpClient client;
    private final LtiConfig config;

    public PlatformHttp(LtiConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.httpTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String what) throws PassbackFailure {
        try {
            return client.send(request.timeout(config.httpTimeout()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new PassbackFailure(
                    what + ": no answer within " + config.httpTimeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new PassbackFailure(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PassbackFailure(what + ": interrupted", e);
        }
    }
}
