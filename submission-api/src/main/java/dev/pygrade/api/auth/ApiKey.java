package dev.pygrade.api.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An API key as stored: its SHA-256 hash, never the key itself. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    @Column(name = "key_prefix", nullable = false)
    public String keyPrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public String subject;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** Signs the webhooks of this key's submissions; shown once, when the key is created. */
    @Column(name = "webhook_secret", nullable = false)
    public String webhookSecret;

    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Principal principal() {
        return new Principal(subject, role, courseId);
    }

    public boolean active() {
        return revokedAt == null;
    }

    static Optional<ApiKey> findByHash(String hash) {
        return find("keyHash", hash).firstResultOptional();
    }
}
