package dev.pygrade.api.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, plus whatever a test has moved it on by, or held still while a test says so. It never goes back:
 * released, it carries on from real time again.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> held = new AtomicReference<>();

    public void advance(Duration duration) {
        ahead.accumulateAndGet(duration, Duration::plus);
        held.updateAndGet(still -> still == null ? null : still.plus(duration));
    }

    public void hold() {
        held.set(instant());
    }

    public void release() {
        held.set(null);
    }

    @Override
    public Instant instant() {
        Instant still = held.get();
        return still != null ? still : Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock keeps UTC");
    }
}
