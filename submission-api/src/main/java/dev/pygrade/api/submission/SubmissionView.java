package dev.pygrade.api.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A submission as {@code GET /api/v1/submissions/{id}} shows it.
 *
 * @param result the grading result document exactly as the grader sent it; only once graded (or error)
 */
public record SubmissionView(
        String id,
        String exerciseId,
        SubmissionStatus status,
        int attempt,
        Instant createdAt,
        Instant updatedAt,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue
        String result) {

    static SubmissionView of(Submission submission, String resultDocument) {
        return new SubmissionView(
                submission.id.toString(),
                submission.exerciseId,
                submission.status,
                submission.attempt,
                submission.createdAt,
                submission.updatedAt,
                submission.status.isFinal() ? resultDocument : null);
    }
}
