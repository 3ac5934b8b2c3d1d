package dev.pygrade.api.submission;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** More file text than one submission may hold: 413. */
public class SubmissionTooLargeException extends ProblemException {
    public SubmissionTooLargeException(String field, long bytes, long limit) {
        this(
                field,
                "the submitted files hold " + bytes + " bytes of UTF-8 text; at most " + limit + " bytes ("
                        + limit / 1024 + " KiB) are allowed");
    }

    private SubmissionTooLargeException(String field, String detail) {
        super(
                413,
                "submission-too-large",
                "The submission is too large",
                detail,
                List.of(new FieldError(field, detail)));
    }
}
