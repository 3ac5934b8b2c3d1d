package dev.pygrade.api.submission;

import dev.pygrade.api.auth.ApiKey;
import dev.pygrade.api.auth.Credential;
import dev.pygrade.api.idempotency.IdempotencyStore;
import dev.pygrade.api.outbox.Outbox;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Stores accepted submissions: the row, its outbox message and its idempotency key, in one transaction. */
@ApplicationScoped
public class SubmissionService {
    private final Outbox outbox;
    private final IdempotencyStore idempotency;

    public SubmissionService(Outbox outbox, IdempotencyStore idempotency) {
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /**
     * Stores the submission and its {@link SubmissionRequested} outbox row in one transaction: either both exist
     * and the message reaches Kafka (at least once), or neither does. The idempotency key is written first, so a
     * concurrent duplicate fails before anything else is written.
     */
    @Transactional
    public Submission store(ValidSubmission valid, Origin origin, Optional<Idempotency> idempotencyKey) {
        Submission submission = Submission.queued(
                valid.exercise().info().id(), valid.exercise().source().version(), valid.files());
        submission.learnerSubject = origin.owner().learner();
        submission.courseId = origin.owner().courseId();
        submission.submittedBy = origin.caller().scope();
        submission.apiKeyId = origin.caller().apiKeyId().orElse(null);
        submission.callbackUrl = callbackUrl(origin);
        submission.persist();
        idempotencyKey.ifPresent(
                k -> idempotency.remember(origin.caller().scope(), k.key(), k.requestHash(), submission.id));
        String id = submission.id.toString();
        SubmissionRequested message = SubmissionRequested.of(
                id, submission.attempt, submission.exerciseId, submission.exerciseVersion, valid.files());
        outbox.enqueue(Topics.SUBMISSIONS, id, ContractJson.write(message));
        return submission;
    }

    /** The request's callbackUrl, else the API key's default webhook URL, else none. */
    private static String callbackUrl(Origin origin) {
        if (origin.callbackUrl() != null) {
            return origin.callbackUrl();
        }
        return origin.caller()
                .apiKeyId()
                .map(id -> ApiKey.<ApiKey>findById(id))
                .map(key -> key.webhookUrl)
                .orElse(null);
    }

    /** Who submitted, for whom, and where the result goes (the request's callbackUrl, or null). */
    public record Origin(Credential caller, SubmissionOwner owner, String callbackUrl) {}

    /** An Idempotency-Key with the hash of the request it came with. */
    public record Idempotency(String key, String requestHash) {}
}
