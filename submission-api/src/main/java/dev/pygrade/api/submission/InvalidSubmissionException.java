package dev.pygrade.api.submission;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.ProblemException;
import java.util.List;
import java.util.stream.Collectors;

/** A well-formed request that cannot be graded as it is: 422, one entry per problem. */
public class InvalidSubmissionException extends ProblemException {
    public InvalidSubmissionException(List<FieldError> errors) {
        super(
                422,
                "invalid-submission",
                "The submission is not valid",
                errors.stream().map(FieldError::message).collect(Collectors.joining("; ")),
                errors);
    }
}
