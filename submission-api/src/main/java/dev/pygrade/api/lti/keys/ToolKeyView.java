package dev.pygrade.api.lti.keys;

import java.time.Instant;

/** A key as admins see it: never its private half. */
public record ToolKeyView(String kid, String status, Instant createdAt, Instant activatedAt, Instant retiredAt) {
    public static ToolKeyView of(ToolKey key) {
        return new ToolKeyView(key.kid, key.status.wire(), key.createdAt, key.activatedAt, key.retiredAt);
    }
}
