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

    /** {@code key:<id>} for an API key, {@code session:<subject>} for a session: one key's calls never mix. */
    public String scope() {
        return apiKeyId.map(id -> "key:" + id).orElse("session:" + principal.subject());
    }
}
