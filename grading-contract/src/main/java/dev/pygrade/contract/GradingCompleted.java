package dev.pygrade.contract;

import dev.pygrade.contract.result.GradingResult;
import java.time.Instant;

/** The scored result of one grading attempt. Consumers store it once per (submissionId, attempt). */
public record GradingCompleted(
        int schemaVersion,
        String submissionId,
        int attempt,
        String exerciseId,
        String graderId,
        GradingResult result,
        Instant completedAt)
        implements ResultEvent {

    public static final int SCHEMA_VERSION = 1;

    public GradingCompleted {
        Require.version(schemaVersion, SCHEMA_VERSION, "GradingCompleted");
        Require.present(submissionId, "GradingCompleted", "submissionId");
        Require.atLeast(attempt, 1, "GradingCompleted", "attempt");
        Require.present(exerciseId, "GradingCompleted", "exerciseId");
        Require.present(graderId, "GradingCompleted", "graderId");
        Require.present(result, "GradingCompleted", "result");
        Require.present(completedAt, "GradingCompleted", "completedAt");
    }

    public static GradingCompleted of(
            String submissionId, int attempt, String exerciseId, String graderId, GradingResult result) {
        return new GradingCompleted(SCHEMA_VERSION, submissionId, attempt, exerciseId, graderId, result, Instant.now());
    }
}
