package dev.pygrade.api.lti.registration;

import java.util.List;

/**
 * What an admin sends to register a platform: the values the LMS shows after Pygrade was added to it.
 *
 * @param issuer the platform's issuer ({@code iss} of its tokens)
 * @param clientId the client id the platform assigned to Pygrade
 * @param deploymentIds deployment ids Pygrade accepts launches from (more can be added later)
 * @param authUrl the platform's OIDC authorization endpoint
 * @param tokenUrl the platform's OAuth 2 access-token endpoint
 * @param jwksUrl the platform's public key set
 * @param tokenAudience optional {@code aud} for client assertions where the platform wants something else than the
 *     token URL
 * @param allowPrivateNetwork true when the platform's key set, token and score URLs are on loopback or a private
 *     network (RFC 1918, carrier-grade NAT, IPv6 unique local); absent or false: public addresses only
 */
public record RegistrationRequest(
        String issuer,
        String clientId,
        List<String> deploymentIds,
        String authUrl,
        String tokenUrl,
        String jwksUrl,
        String tokenAudience,
        Boolean allowPrivateNetwork) {}
