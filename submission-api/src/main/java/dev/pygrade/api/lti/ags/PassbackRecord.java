package dev.pygrade.api.lti.ags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One score to send to a platform's gradebook: the passback outbox row of one (submission, grading attempt). */
@Entity
@Table(name = "lti_passback")
public class PassbackRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "attempt", nullable = false)
    public int attempt;

    @Column(name = "launch_id", nullable = false)
    public UUID launchId;

    @Column(name = "score_given", nullable = false)
    public double scoreGiven;

    @Column(name = "score_maximum", nullable = false)
    public double scoreMaximum;

    @Column(name = "comment")
    public String comment;

    @Column(name = "score_timestamp", nullable = false)
    public Instant scoreTimestamp;

    @Convert(converter = PassbackStatusConverter.class)
    @Column(name = "status", nullable = false)
    public PassbackStatus status;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
