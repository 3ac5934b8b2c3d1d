package dev.pygrade.api.regrade;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** An unknown (or malformed) regrade id: 404. */
public class RegradeNotFoundException extends ProblemException {
    public RegradeNotFoundException(String id) {
        super(404, "regrade-not-found", "No such regrade", "regrade '" + id + "' does not exist", List.of());
    }
}
