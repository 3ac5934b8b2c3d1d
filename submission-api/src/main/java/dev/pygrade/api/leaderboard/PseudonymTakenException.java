package dev.pygrade.api.leaderboard;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** A pseudonym someone else holds (in any case, opted in or not): 409. */
public class PseudonymTakenException extends ProblemException {
    public PseudonymTakenException(String pseudonym) {
        super(
                409,
                "pseudonym-taken",
                "The pseudonym is taken",
                "pseudonym '" + pseudonym + "' is taken; choose another, or leave it out to get a generated one",
                List.of(new FieldError("pseudonym", "is taken")));
    }
}
