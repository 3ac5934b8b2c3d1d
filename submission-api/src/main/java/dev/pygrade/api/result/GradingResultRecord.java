package dev.pygrade.api.result;

import dev.pygrade.contract.result.GradingStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The result of one grading attempt, stored once: the first result for (submission, attempt) wins. */
@Entity
@Table(name = "grading_result")
@IdClass(GradingResultRecord.Key.class)
public class GradingResultRecord extends PanacheEntityBase {
    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Id
    @Column(name = "attempt")
    public int attempt;

    /** The result's overall status, a copy of the document's: queries and views need not parse the JSON. */
    @Convert(converter = GradingStatusConverter.class)
    @Column(name = "status", nullable = false)
    public GradingStatus status;

    @Column(name = "score", nullable = false)
    public double score;

    @Column(name = "max_score", nullable = false)
    public double maxScore;

    /** The GradingResult JSON exactly as the grader sent it. */
    @Column(name = "document", nullable = false)
    public String document;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When learners, webhooks and LTI got to see it; null while it belongs to a regrade preview. */
    @Column(name = "published_at")
    public Instant publishedAt;

    public static GradingResultRecord find(UUID submissionId, int attempt) {
        return findById(new Key(submissionId, attempt));
    }

    /**
     * Inserts the result unless one is already stored for (submission, attempt); true if it was inserted. One
     * statement, so that two deliveries of the same result can never both insert.
     */
    static boolean insertIfAbsent(
            UUID submissionId,
            int attempt,
            GradingStatus status,
            double score,
            double maxScore,
            String document,
            boolean published) {
        // published_at is written as received_at or left null, never bound as a null parameter (untyped on PG).
        String publishedAt = published ? ":receivedAt" : "null";
        int inserted = getEntityManager()
                .createNativeQuery("insert into grading_result"
                        + " (submission_id, attempt, status, score, max_score, document, received_at, published_at)"
                        + " values (:id, :attempt, :status, :score, :maxScore, :document, :receivedAt, "
                        + publishedAt + ") on conflict do nothing")
                .setParameter("id", submissionId)
                .setParameter("attempt", attempt)
                .setParameter("status", status.wire()) // native SQL: no converter
                .setParameter("score", score)
                .setParameter("maxScore", maxScore)
                .setParameter("document", document)
                .setParameter("receivedAt", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    /** The published results of a submission, oldest attempt first. */
    public static List<GradingResultRecord> published(UUID submissionId) {
        return list("submissionId = ?1 and publishedAt is not null order by attempt", submissionId);
    }

    /** The primary key: submission id and attempt. */
    public static class Key implements Serializable {
        public UUID submissionId;
        public int attempt;

        public Key() {}

        public Key(UUID submissionId, int attempt) {
            this.submissionId = submissionId;
            this.attempt = attempt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && attempt == key.attempt && Objects.equals(submissionId, key.submissionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, attempt);
        }
    }
}
