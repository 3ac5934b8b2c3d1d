package dev.pygrade.api.lti;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** An admin request (registration, score policy) with missing or malformed fields: 422 with every problem listed. */
public class InvalidLtiRequest extends ProblemException {
    public InvalidLtiRequest(List<FieldError> errors) {
        super(422, "invalid-lti-request", "Invalid LTI request", summary(errors), errors);
    }

    public InvalidLtiRequest(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
