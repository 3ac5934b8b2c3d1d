package dev.pygrade.contract;

import java.time.Instant;
import java.util.Map;

/**
 * A submission to grade, on {@link Topics#SUBMISSIONS}. One message per grading attempt; a redelivered
 * message carries the same submission id and attempt, so graders and result consumers can be idempotent.
 *
 * @param files file name to UTF-8 text, as the learner submitted them
 * @param exerciseVersion content hash of the exercise the learner saw, or null when unknown
 */
public record SubmissionRequested(
        int schemaVersion,
        String submissionId,
        int attempt,
        String exerciseId,
        String exerciseVersion,
        Map<String, String> files,
        Instant requestedAt) {

    public static final int SCHEMA_VERSION = 1;

    public SubmissionRequested {
        Require.version(schemaVersion, SCHEMA_VERSION, "SubmissionRequested");
        Require.present(submissionId, "SubmissionRequested", "submissionId");
        Require.atLeast(attempt, 1, "SubmissionRequested", "attempt");
        Require.present(exerciseId, "SubmissionRequested", "exerciseId");
        files = Map.copyOf(Require.present(files, "SubmissionRequested", "files"));
        if (files.isEmpty()) {
            throw new ContractViolationException("SubmissionRequested.files must name at least one file");
        }
        Require.present(requestedAt, "SubmissionRequested", "requestedAt");
    }

    public static SubmissionRequested of(
            String submissionId, int attempt, String exerciseId, String exerciseVersion, Map<String, String> files) {
        return new SubmissionRequested(
                SCHEMA_VERSION, submissionId, attempt, exerciseId, exerciseVersion, files, Instant.now());
    }
}
