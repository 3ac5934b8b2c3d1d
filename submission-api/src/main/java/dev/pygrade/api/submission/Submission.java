package dev.pygrade.api.submission;

import dev.pygrade.contract.ContractJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One learner submission to one exercise, and how far its grading got. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {
    /** The first grading attempt; each regrade adds one. */
    public static final int FIRST_ATTEMPT = 1;

    @Id
    public UUID id;

    @Column(name = "exercise_id", nullable = false)
    public String exerciseId;

    /** Content hash of the exercise when it was submitted. */
    @Column(name = "exercise_version")
    public String exerciseVersion;

    /** The submitted files as a JSON object of file name to text. */
    @Column(name = "files", nullable = false)
    public String files;

    @Convert(converter = SubmissionStatusConverter.class)
    @Column(name = "status", nullable = false)
    public SubmissionStatus status;

    /** The attempt learners see: the first, or the latest confirmed regrade. */
    @Column(name = "attempt", nullable = false)
    public int attempt;

    /** The learner it belongs to: who may read it, besides their course's instructors and admins. */
    @Column(name = "learner_subject")
    public String learnerSubject;

    @Column(name = "course_id")
    public String courseId;

    /** The credential that posted it ({@code key:<id>} or {@code session:<subject>}). */
    @Column(name = "submitted_by")
    public String submittedBy;

    /** The API key that posted it, whose webhook secret signs its callbacks. */
    @Column(name = "api_key_id")
    public UUID apiKeyId;

    /** Where its results are POSTed: the request's callbackUrl, else the API key's default; may be null. */
    @Column(name = "callback_url")
    public String callbackUrl;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Submission queued(String exerciseId, String exerciseVersion, Map<String, String> files) {
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.exerciseId = exerciseId;
        submission.exerciseVersion = exerciseVersion;
        submission.files = ContractJson.write(new TreeMap<>(files));
        submission.status = SubmissionStatus.QUEUED;
        submission.attempt = FIRST_ATTEMPT;
        submission.createdAt = Instant.now();
        submission.updatedAt = submission.createdAt;
        return submission;
    }

    public void moveTo(SubmissionStatus next) {
        if (status != next) {
            status = next;
            updatedAt = Instant.now();
        }
    }
}
