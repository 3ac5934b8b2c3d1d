package dev.pygrade.api.lti.login;

/**
 * A third-party initiated login (LTI 1.3 section 5.1.1), from query or form parameters.
 *
 * @param messageHint opaque, passed back to the platform untouched
 * @param clientId optional; required when the issuer registered Pygrade under several client ids
 * @param deploymentId optional; checked early when present
 */
public record LoginRequest(
        String issuer,
        String loginHint,
        String targetLinkUri,
        String messageHint,
        String clientId,
        String deploymentId) {}
