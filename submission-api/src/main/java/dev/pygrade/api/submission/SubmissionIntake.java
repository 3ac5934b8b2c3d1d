package dev.pygrade.api.submission;

import dev.pygrade.api.auth.Credential;
import dev.pygrade.api.auth.KeyMaterial;
import dev.pygrade.api.idempotency.IdempotencyStore;
import dev.pygrade.api.metrics.SubmissionMetrics;
import dev.pygrade.api.ratelimit.RateLimiter;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.logging.SubmissionLogContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes a submission request from an authenticated caller through every check, in this order: whose it is
 * (403), a replay of an earlier request with the same Idempotency-Key (its first answer, or 422 for another
 * body), validation (413, 422, then 400 for a callbackUrl to an address Pygrade does not call), rate limits
 * (429), and only then stores it.
 */
@ApplicationScoped
public class SubmissionIntake {
    private static final Logger LOG = Logger.getLogger(SubmissionIntake.class);

    private final SubmissionValidator validator;
    private final SubmissionService service;
    private final IdempotencyStore idempotency;
    private final RateLimiter rateLimiter;
    private final SubmissionMetrics metrics;

    public SubmissionIntake(
            SubmissionValidator validator,
            SubmissionService service,
            IdempotencyStore idempotency,
            RateLimiter rateLimiter,
            SubmissionMetrics metrics) {
        this.validator = validator;
        this.service = service;
        this.idempotency = idempotency;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
    }

    /** The id of the submission this request stands for, and whether it was created earlier (a replay). */
    public record Outcome(UUID submissionId, boolean replayed) {}

    public Outcome submit(Credential caller, SubmissionRequest request, Optional<String> idempotencyKey) {
        SubmissionOwner owner = SubmissionOwner.of(caller, request);
        Optional<SubmissionService.Idempotency> idem = idempotencyKey.map(
                k -> new SubmissionService.Idempotency(k, KeyMaterial.hash(ContractJson.write(request.canonical()))));
        Optional<Outcome> replay = replay(caller, idem);
        if (replay.isPresent()) {
            return replay.get();
        }
        ValidSubmission valid = validator.validate(request);
        rateLimiter.admit(caller, owner.learner(), owner.courseId());
        SubmissionService.Origin origin = new SubmissionService.Origin(caller, owner, request.callbackUrl());
        Submission stored;
        try {
            stored = service.store(valid, origin, idem);
        } catch (RuntimeException e) {
            // A concurrent request with the same key won the race: answer what it answered.
            if (idem.isPresent() && IdempotencyStore.isDuplicateKey(e)) {
                return replay(caller, idem).orElseThrow(() -> e);
            }
            throw e;
        }
        // Committed: the submission exists and its SubmissionRequested is in the outbox.
        try (SubmissionLogContext context = SubmissionLogContext.open(stored.id.toString(), stored.attempt)) {
            metrics.accepted(valid.exercise().info().kind());
            LOG.infof("accepted submission %s for exercise %s", stored.id, stored.exerciseId);
        }
        return new Outcome(stored.id, false);
    }

    private Optional<Outcome> replay(Credential caller, Optional<SubmissionService.Idempotency> idem) {
        return idem.flatMap(k -> idempotency.previous(caller.scope(), k.key(), k.requestHash()))
                .map(id -> new Outcome(id, true));
    }
}
