package dev.pygrade.api.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * A submission as {@code GET /api/v1/submissions/{id}} shows it.
 *
 * @param attempt the attempt learners see: 1, or the latest confirmed regrade
 * @param countsAsAttempt whether it counts as one of the learner's attempts: graded, and not {@code error}
 * @param result the grading result document of {@code attempt} exactly as the grader sent it; once graded (or error)
 * @param attempts every published attempt, oldest first (regrades add to it, previews never show)
 */
public record SubmissionView(
        String id,
        String exerciseId,
        String learner,
        String courseId,
        SubmissionStatus status,
        int attempt,
        boolean countsAsAttempt,
        Instant createdAt,
        Instant updatedAt,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue
        String result,

        List<AttemptSummary> attempts) {

    static SubmissionView of(Submission submission, String resultDocument, List<AttemptSummary> attempts) {
        return new SubmissionView(
                submission.id.toString(),
                submission.exerciseId,
                submission.learnerSubject,
                submission.courseId,
                submission.status,
                submission.attempt,
                submission.status == SubmissionStatus.GRADED,
                submission.createdAt,
                submission.updatedAt,
                submission.status.isFinal() ? resultDocument : null,
                attempts);
    }
}
