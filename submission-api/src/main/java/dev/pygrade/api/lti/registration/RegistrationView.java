package dev.pygrade.api.lti.registration;

import java.time.Instant;
import java.util.List;

/** A registration as the admin API shows it. */
public record RegistrationView(
        long id,
        String issuer,
        String clientId,
        List<String> deploymentIds,
        String authUrl,
        String tokenUrl,
        String jwksUrl,
        String tokenAudience,
        boolean allowPrivateNetwork,
        Instant createdAt) {

    public static RegistrationView of(Registration registration) {
        return new RegistrationView(
                registration.id,
                registration.issuer,
                registration.clientId,
                List.copyOf(registration.deploymentIds),
                registration.authUrl,
                registration.tokenUrl,
                registration.jwksUrl,
                registration.tokenAudience,
                registration.allowPrivateNetwork,
                registration.createdAt);
    }
}
