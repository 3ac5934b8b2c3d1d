package dev.pygrade.api.lti.ags;

import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.registration.Registration;
import dev.pygrade.api.outbound.OutboundHttp;
import dev.pygrade.api.outbound.RefusedTargetException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Calls to a platform's token and score endpoints through {@link OutboundHttp}, as far as its registration reaches
 * (public addresses, or also private networks with {@code allowPrivateNetwork}), with the configured timeout; failures
 * become {@link PassbackFailure}s. A refused target says only {@code refused: <class> address}.
 */
@ApplicationScoped
public class PlatformHttp {
    private final OutboundHttp http;
    private final LtiConfig config;

    public PlatformHttp(OutboundHttp http, LtiConfig config) {
        this.http = http;
        this.config = config;
    }

    public OutboundHttp.Response send(OutboundHttp.Request request, Registration registration, String what)
            throws PassbackFailure {
        try {
            return http.send(request, registration.reach(), config.httpTimeout());
        } catch (RefusedTargetException e) {
            throw new PassbackFailure(what + ": " + e.getMessage(), e);
        } catch (InterruptedIOException e) {
            throw new PassbackFailure(
                    what + ": no answer within " + config.httpTimeout().toMillis() + " ms", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new PassbackFailure(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }
}
