package dev.pygrade.api.auth;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** An authenticated caller whose role does not allow the request: 403. */
public class ForbiddenException extends ProblemException {
    public ForbiddenException(String detail) {
        super(403, "forbidden", "Not allowed", detail, List.of());
    }
}
