package dev.pygrade.contract;

import java.time.Instant;

/** A grader took the submission and is running it. Informational: a later result always supersedes it. */
public record GradingStarted(int schemaVersion, String submissionId, int attempt, String graderId, Instant startedAt)
        implements ResultEvent {

    public static final int SCHEMA_VERSION = 1;

    public GradingStarted {
        Require.version(schemaVersion, SCHEMA_VERSION, "GradingStarted");
        Require.present(submissionId, "GradingStarted", "submissionId");
        Require.atLeast(attempt, 1, "GradingStarted", "attempt");
        Require.present(graderId, "GradingStarted", "graderId");
        Require.present(startedAt, "GradingStarted", "startedAt");
    }

    public static GradingStarted of(String submissionId, int attempt, String graderId) {
        return new GradingStarted(SCHEMA_VERSION, submissionId, attempt, graderId, Instant.now());
    }
}
