package dev.pygrade.grader.grading;

import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.grader.catalog.ExerciseCatalog;
import dev.pygrade.grader.metrics.GradingMetrics;
import dev.pygrade.grader.sandbox.SandboxException;
import dev.pygrade.grader.sandbox.SandboxRun;
import dev.pygrade.grader.scoring.GradingResults;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Grades one submission: finds its exercise, checks its files, runs it in a sandbox, scores the report. */
@ApplicationScoped
public class GradingService {
    private static final Logger LOG = Logger.getLogger(GradingService.class);
    private static final int ATTEMPTS = 3;

    private final ExerciseCatalog catalog;
    private final SandboxGrader grader;
    private final GradingMetrics metrics;

    GradingService(ExerciseCatalog catalog, SandboxGrader grader, GradingMetrics metrics) {
        this.catalog = catalog;
        this.grader = grader;
        this.metrics = metrics;
    }

    public GradingCompleted grade(SubmissionRequested request) {
        metrics.started();
        try {
            long taken = System.nanoTime();
            long queuedMs = Math.max(
                    0, Duration.between(request.requestedAt(), Instant.now()).toMillis());
            Optional<Exercise> found = catalog.find(request.exerciseId());
            GradingResult result = found.isEmpty()
                    ? GradingResults.error(
                            "exercise '" + request.exerciseId() + "' is not in the grader's catalog", null)
                    : grade(found.get(), request, queuedMs, taken);
            metrics.graded(result.status(), Duration.between(request.requestedAt(), Instant.now()));
            LOG.infof(
                    "graded submission %s attempt %d: %s %.1f/%.1f",
                    request.submissionId(),
                    request.attempt(),
                    result.status().wire(),
                    result.score(),
                    result.maxScore());
            return GradingCompleted.of(
                    request.submissionId(), request.attempt(), request.exerciseId(), graderId(), result);
        } finally {
            metrics.finished();
        }
    }

    /**
     * Failures of ours (engine down, image missing) are retried; null when every attempt failed. When the grader is
     * stopping and has cut this grading short (its worker thread is interrupted), the grading is handed back.
     */
    private SandboxRun runWithRetries(Exercise exercise, SubmissionRequested request) {
        Map<String, String> labels = Map.of("pygrade.submission", request.submissionId());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                SandboxRun run = grader.run(exercise, request.files(), labels);
                metrics.sandboxRan(Duration.ofMillis(run.timing().totalMillis()));
                return run;
            } catch (SandboxException e) {
                if (Thread.currentThread().isInterrupted()) {
                    LOG.warnf(
                            "grading of submission %s cut short by shutdown: %s",
                            request.submissionId(), e.getMessage());
                    throw new GradingHandedBack(request.submissionId());
                }
                metrics.sandboxFailed();
                LOG.warnf(
                        "sandbox failure for submission %s (attempt %d of %d): %s",
                        request.submissionId(), attempt, ATTEMPTS, e.getMessage());
                if (attempt < ATTEMPTS) {
                    sleep(Duration.ofSeconds(attempt));
                }
            }
        }
        return null;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String graderId() {
        return grader.graderId();
    }

    private GradingResult grade(Exercise exercise, SubmissionRequested request, long queuedMs, long taken) {
        Optional<String> refused = SubmissionFiles.problem(exercise, request.files());
        if (refused.isPresent()) {
            return GradingResults.rejected(refused.get(), exercise.source().version());
        }
        SandboxRun run = runWithRetries(exercise, request);
        if (run == null) {
            return GradingResults.error(
                    "the sandbox could not run after " + ATTEMPTS + " attempts",
                    exercise.source().version());
        }
        if (run.outcome().report() == null && !run.outcome().timedOut()) {
            LOG.warnf(
                    "sandbox failed for submission %s: %s\n%s",
                    request.submissionId(), run.outcome().failure(), run.log());
        }
        return grader.score(
                exercise,
                run,
                queuedMs,
                Duration.ofNanos(System.nanoTime() - taken).toMillis());
    }
}
