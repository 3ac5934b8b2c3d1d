package dev.pygrade.api.auth;

import java.util.Optional;
import java.util.UUID;

/**
 * An authenticated caller: the principal and, when it came with an API key, that key's id. Idempotency keys and
 * rate limits are scoped by {@link #scope()}.
 */
public record Credential(Principal principal, Optional<UUID> apiKeyId) {

    public static Credential ofSession(Principal principal) {
        return new Credential(principal, Optional.empty());
    }

    public static Credential ofApiKey(Principal principal, UUID keyId) {
        return new Credential(principal, Optional.of(keyId));
    }

    public boolean viaApiKey() {
        return apiKeyId.isPresent();
    }

    /**
     * {@code key:<id>} for an API key, {@code session:<hash>} for a session, where the hash (hex SHA-256) covers the
     * subject and the course: one key's calls never mix, and neither do one subject's in two courses, who are two
     * learners. Hashed so that it has one length whatever the subject and course are.
     */
    public String scope() {
        if (apiKeyId.isPresent()) {
            return "key:" + apiKeyId.get();
        }
        String course =
                principal.courseId() == null ? "-" : "+" + principal.courseId().length() + ":" + principal.courseId();
        return "session:" + KeyMaterial.hash(principal.subject().length() + ":" + principal.subject() + course);
    }
}
