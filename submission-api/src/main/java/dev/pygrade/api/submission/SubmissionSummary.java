package dev.pygrade.api.submission;

import java.time.Instant;

/** One line of {@code GET /api/v1/submissions}: no files, no result document. */
public record SubmissionSummary(
        String id,
        String exerciseId,
        String learner,
        String courseId,
        SubmissionStatus status,
        int attempt,
        boolean countsAsAttempt,
        Instant createdAt) {

    static SubmissionSummary of(Submission submission) {
        return new SubmissionSummary(
                submission.id.toString(),
                submission.exerciseId,
                submission.learnerSubject,
                submission.courseId,
                submission.status,
                submission.attempt,
                submission.status == SubmissionStatus.GRADED,
                submission.createdAt);
    }
}
