package dev.pygrade.api.leaderboard;

import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.result.SubmissionGraded;
import dev.pygrade.api.submission.Submission;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.exercise.ExerciseKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps {@link LeaderboardBest} up to date when a result is published (a new result or a confirmed regrade), in the
 * same transaction. Only {@code passed} results of performance exercises count. Every learner's bests are kept, opted
 * in or not. Idempotent: offering a result again changes nothing.
 */
@ApplicationScoped
public class LeaderboardRecorder {
    private final ExerciseCatalog catalog;

    public LeaderboardRecorder(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    void onGraded(@Observes SubmissionGraded graded) {
        GradingResult result = graded.result();
        if (result.status() != GradingStatus.PASSED) {
            return;
        }
        Double ratio = ratio(result);
        Long peak = peakBytes(result);
        if (ratio == null && peak == null) {
            return;
        }
        Submission submission = Submission.findById(graded.submissionId());
        if (submission == null || submission.learnerSubject == null || !isPerformance(submission.exerciseId)) {
            return;
        }
        // When the learner submitted the code: a regrade of the same code does not make it newer.
        LeaderboardBest.offer(
                submission.exerciseId,
                LearnerKey.of(submission.learnerSubject, submission.courseId),
                ratio,
                peak,
                submission.createdAt);
    }

    private boolean isPerformance(String exerciseId) {
        return catalog.find(exerciseId)
                .map(e -> e.info().kind() == ExerciseKind.PERFORMANCE)
                .orElse(false);
    }

    /** The instruction ratio to the reference, when the result has a usable one (finite and positive). */
    private static Double ratio(GradingResult result) {
        Double ratio =
                result.performance() == null ? null : result.performance().ratio();
        return ratio != null && Double.isFinite(ratio) && ratio > 0 ? ratio : null;
    }

    private static Long peakBytes(GradingResult result) {
        Long peak = result.memory() == null ? null : result.memory().peakBytes();
        return peak != null && peak >= 0 ? peak : null;
    }
}
