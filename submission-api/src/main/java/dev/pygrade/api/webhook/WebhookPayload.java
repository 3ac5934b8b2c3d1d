package dev.pygrade.api.webhook;

import java.time.Instant;

/**
 * The JSON body of a webhook.
 *
 * @param status the grading status: passed, failed, error, timeout, …; {@code error} is ours, not the learner's
 * @param countsAsAttempt false for {@code error}
 */
public record WebhookPayload(
        String event,
        String submissionId,
        int attempt,
        String exerciseId,
        String learner,
        String courseId,
        String status,
        double score,
        double maxScore,
        boolean countsAsAttempt,
        Instant gradedAt) {

    public static final String GRADED = "submission.graded";
}
