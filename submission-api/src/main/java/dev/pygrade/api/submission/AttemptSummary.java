package dev.pygrade.api.submission;

import dev.pygrade.api.result.GradingResultRecord;
import dev.pygrade.contract.result.GradingStatus;
import java.time.Instant;

/**
 * One published grading attempt of a submission. {@code countsAsAttempt} is false for {@code error}: a grading
 * that failed for reasons of ours never counts against the learner.
 */
public record AttemptSummary(
        int attempt, String status, double score, double maxScore, Instant gradedAt, boolean countsAsAttempt) {

    static AttemptSummary of(GradingResultRecord result) {
        return new AttemptSummary(
                result.attempt,
                result.status.wire(),
                result.score,
                result.maxScore,
                result.publishedAt,
                result.status != GradingStatus.ERROR);
    }
}
