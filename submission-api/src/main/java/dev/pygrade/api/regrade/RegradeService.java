package dev.pygrade.api.regrade;

import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.outbox.Outbox;
import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.InvalidRequestException;
import dev.pygrade.api.submission.Submission;
import dev.pygrade.api.submission.SubmissionStatus;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import dev.pygrade.exercise.Exercise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts a regrade: every learner's latest finished submission of the exercise is graded again, through Kafka,
 * as a new attempt. The grader needs to know nothing about it: it grades {@code (submission, attempt)} as always,
 * against the exercise as it is now. The results stay unpublished until {@link RegradeConfirmation}.
 */
@ApplicationScoped
public class RegradeService {
    private final ExerciseCatalog catalog;
    private final Outbox outbox;

    public RegradeService(ExerciseCatalog catalog, Outbox outbox) {
        this.catalog = catalog;
        this.outbox = outbox;
    }

    @Transactional
    public Regrade start(String exerciseId, String requestedBy) {
        Exercise exercise = catalog.find(exerciseId)
                .orElseThrow(() -> new InvalidRequestException(
                        "invalid-regrade",
                        "The regrade request is not valid",
                        List.of(new FieldError(
                                "exerciseId",
                                exerciseId == null
                                        ? "exerciseId is required"
                                        : "exercise '" + exerciseId + "' does not exist"))));
        Regrade.<Regrade>find("exerciseId = ?1 and status = ?2", exerciseId, RegradeStatus.PREVIEW)
                .firstResultOptional()
                .ifPresent(open -> {
                    throw new RegradeConflictException("regrade " + open.id + " of '" + exerciseId
                            + "' is still a preview: confirm or discard it first");
                });
        Regrade regrade = new Regrade();
        regrade.id = UUID.randomUUID();
        regrade.exerciseId = exerciseId;
        regrade.exerciseVersion = exercise.source().version();
        regrade.status = RegradeStatus.PREVIEW;
        regrade.requestedBy = requestedBy;
        regrade.createdAt = Instant.now();
        regrade.persist();
        for (Submission submission : latestFinished(exerciseId)) {
            requestAttempt(regrade, submission);
        }
        return regrade;
    }

    /**
     * Each learner's newest submission of the exercise that has a result (graded or error); none in flight. A learner
     * is a subject within a course: the same subject in two courses has a latest submission in each.
     */
    private static List<Submission> latestFinished(String exerciseId) {
        List<SubmissionStatus> finished = List.of(SubmissionStatus.GRADED, SubmissionStatus.ERROR);
        return Submission.list(
                "from Submission o where o.exerciseId = ?1 and o.status in ?2 and o.createdAt = (select"
                        + " max(s.createdAt) from Submission s where s.exerciseId = ?1 and s.learnerSubject ="
                        + " o.learnerSubject and (s.courseId = o.courseId or (s.courseId is null and o.courseId is"
                        + " null)) and s.status in ?2)",
                exerciseId,
                finished);
    }

    private void requestAttempt(Regrade regrade, Submission submission) {
        RegradeItem item = new RegradeItem();
        item.regradeId = regrade.id;
        item.submissionId = submission.id;
        item.previousAttempt = submission.attempt;
        item.attempt = RegradeAttempts.latest(submission.id, submission.attempt) + 1;
        item.persist();
        @SuppressWarnings("unchecked")
        Map<String, String> files = ContractJson.read(submission.files, Map.class);
        String id = submission.id.toString();
        SubmissionRequested message =
                SubmissionRequested.of(id, item.attempt, regrade.exerciseId, regrade.exerciseVersion, files);
        outbox.enqueue(Topics.SUBMISSIONS, id, ContractJson.write(message));
    }
}
