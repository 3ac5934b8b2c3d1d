package dev.pygrade.api.regrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One submission of a regrade: the published attempt it is compared with, and the attempt that regrades it. */
@Entity
@Table(name = "regrade_item")
@IdClass(RegradeItem.Key.class)
public class RegradeItem extends PanacheEntityBase {
    @Id
    @Column(name = "regrade_id")
    public UUID regradeId;

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "previous_attempt", nullable = false)
    public int previousAttempt;

    @Column(nullable = false)
    public int attempt;

    /** The primary key. */
    public static class Key implements Serializable {
        public UUID regradeId;
        public UUID submissionId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(regradeId, key.regradeId)
                    && Objects.equals(submissionId, key.submissionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regradeId, submissionId);
        }
    }
}
