package dev.pygrade.api.submission;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** A POST without a body: 400, like any other unreadable body. */
public class EmptyBodyException extends ProblemException {
    public EmptyBodyException() {
        this("send a JSON object with exerciseId and either files or source");
    }

    public EmptyBodyException(String what) {
        super(
                400,
                "invalid-request-body",
                "The request body cannot be read",
                "request body is empty: " + what,
                List.of());
    }
}
