package dev.pygrade.api.submission;

import dev.pygrade.api.outbox.Outbox;
import dev.pygrade.api.result.GradingResultRecord;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Accepts submissions and tells how far their grading got. */
@ApplicationScoped
public class SubmissionService {
    private final SubmissionValidator validator;
    private final Outbox outbox;

    public SubmissionService(SubmissionValidator validator, Outbox outbox) {
        this.validator = validator;
        this.outbox = outbox;
    }

    /**
     * Stores the submission and its {@link SubmissionRequested} outbox row in one transaction: either both exist
     * and the message reaches Kafka (at least once), or neither does.
     */
    @Transactional
    public Submission submit(SubmissionRequest request) {
        ValidSubmission valid = validator.validate(request);
        Submission submission =
                Submission.queued(valid.exercise().id(), valid.exercise().version(), valid.files());
        submission.persist();
        String id = submission.id.toString();
        SubmissionRequested message = SubmissionRequested.of(
                id, submission.attempt, submission.exerciseId, submission.exerciseVersion, valid.files());
        outbox.enqueue(Topics.SUBMISSIONS, id, ContractJson.write(message));
        return submission;
    }

    /** The submission with its result once there is one; 404 for an unknown or malformed id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionView view(String id) {
        Submission submission =
                parse(id).map(uuid -> Submission.<Submission>findById(uuid)).orElse(null);
        if (submission == null) {
            throw new SubmissionNotFoundException(id);
        }
        GradingResultRecord result = GradingResultRecord.find(submission.id, submission.attempt);
        return SubmissionView.of(submission, result == null ? null : result.document);
    }

    private static Optional<UUID> parse(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            // UUID.fromString accepts shortened forms such as "1-2-3-4-5"; only the canonical form is an id here.
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
