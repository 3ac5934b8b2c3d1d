package dev.pygrade.api.relay;

import java.time.Duration;

/** Exponential backoff: {@code initial} after the first failure, doubled after each further one, at most {@code max}. */
public record Backoff(Duration initial, Duration max) {
    public Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration backoff = initial.multipliedBy(1L << doublings);
        return backoff.compareTo(max) > 0 ? max : backoff;
    }
}
