package dev.pygrade.api.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The submission that the first request with (scope, key) created, and a hash of that request. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {
    @Id
    @Column(name = "scope")
    public String scope;

    @Id
    @Column(name = "idem_key")
    public String idemKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The primary key. */
    public static class Key implements Serializable {
        public String scope;
        public String idemKey;

        public Key() {}

        public Key(String scope, String idemKey) {
            this.scope = scope;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && scope.equals(key.scope) && idemKey.equals(key.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, idemKey);
        }
    }
}
