package dev.pygrade.api.idempotency;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.ProblemException;
import java.util.List;
import java.util.Optional;

/** The {@code Idempotency-Key} header: 1 to 200 visible ASCII characters (a UUID is a good choice). */
public final class IdempotencyKey {
    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;

    private IdempotencyKey() {}

    public static Optional<String> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidIdempotencyKeyException();
        }
        return Optional.of(header);
    }

    /** A malformed header: 400. */
    static class InvalidIdempotencyKeyException extends ProblemException {
        private static final String DETAIL = "the Idempotency-Key header must be 1 to " + MAX_LENGTH
                + " visible ASCII characters without spaces, e.g. a UUID";

        InvalidIdempotencyKeyException() {
            super(
                    400,
                    "invalid-idempotency-key",
                    "The Idempotency-Key header is not valid",
                    DETAIL,
                    List.of(new FieldError(HEADER, DETAIL)));
        }
    }
}
