package dev.pygrade.api.auth;

import java.time.Instant;

/** An API key as admins list it: never the key, its hash or its webhook secret. */
public record ApiKeyView(
        String id,
        String name,
        String prefix,
        Role role,
        String subject,
        String courseId,
        String webhookUrl,
        Integer rateLimitPerMinute,
        Instant createdAt,
        Instant revokedAt) {

    public static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(
                key.id.toString(),
                key.name,
                key.keyPrefix,
                key.role,
                key.subject,
                key.courseId,
                key.webhookUrl,
                key.rateLimitPerMinute,
                key.createdAt,
                key.revokedAt);
    }
}
