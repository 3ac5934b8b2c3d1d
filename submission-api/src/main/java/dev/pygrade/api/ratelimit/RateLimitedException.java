package dev.pygrade.api.ratelimit;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** Too many submissions for a learner or an API key: 429 with {@code Retry-After} (whole seconds). */
public class RateLimitedException extends ProblemException {
    private final long retryAfterSeconds;

    RateLimitedException(String who, int perMinute, long retryAfterSeconds) {
        super(
                429,
                "rate-limited",
                "Too many submissions",
                who + " may submit " + perMinute + " times per minute; try again in " + retryAfterSeconds + " s",
                List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
