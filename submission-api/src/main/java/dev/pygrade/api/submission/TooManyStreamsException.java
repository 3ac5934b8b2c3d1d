package dev.pygrade.api.submission;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** Every event stream this instance may hold is open; the client may poll with {@code ?wait=} instead. */
public class TooManyStreamsException extends ProblemException {
    public TooManyStreamsException(int open) {
        super(
                503,
                "too-many-streams",
                "Too many event streams",
                open + " event streams are open on this instance, its most; try again later or use ?wait=",
                List.of());
    }
}
