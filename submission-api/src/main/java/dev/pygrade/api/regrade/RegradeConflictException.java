package dev.pygrade.api.regrade;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** A regrade that cannot move as asked (one still open, already confirmed, results missing): 409. */
public class RegradeConflictException extends ProblemException {
    public RegradeConflictException(String detail) {
        super(409, "regrade-conflict", "The regrade cannot do that now", detail, List.of());
    }
}
