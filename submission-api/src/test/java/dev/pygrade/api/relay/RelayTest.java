package dev.pygrade.api.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RelayTest {
    private static final Duration NEVER = Duration.ofHours(1);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aWakeUpDrainsBatchAfterBatchUntilOneComesBackShort() throws InterruptedException {
        AtomicInteger rows = new AtomicInteger(25);
        List<Integer> limits = new CopyOnWriteArrayList<>();
        Relay relay = new Relay("test", NEVER, 10, new Backoff(NEVER, NEVER), limit -> {
            limits.add(limit);
            int taken = Math.min(limit, rows.get());
            rows.addAndGet(-taken);
            return taken;
        });
        relay.start();
        try {
            relay.wake();
            await().atMost(WAIT).until(() -> limits.size() == 3);
            assertThat(rows).hasValue(0);
            assertThat(limits).containsExactly(10, 10, 10);
        } finally {
            relay.stop();
        }
    }

    @Test
    void afterAFailedBatchItBacksOffThenProbesWithOneRowUntilOneGoesThrough() throws InterruptedException {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        List<Integer> limits = new CopyOnWriteArrayList<>();
        Relay relay = new Relay("test", NEVER, 10, new Backoff(Duration.ofMillis(10), Duration.ofMillis(20)), limit -> {
            limits.add(limit);
            if (failuresLeft.getAndDecrement() > 0) {
                throw new Relay.BatchFailed("the broker is down");
            }
            return limit == 1 ? 1 : 0; // the probe is a full batch, so the next batch is asked for at once
        });
        relay.start();
        try {
            relay.wake();
            await().atMost(WAIT).until(() -> limits.size() == 4);
            assertThat(limits).containsExactly(10, 1, 1, 10);
        } finally {
            relay.stop();
        }
    }

    @Test
    void thePollFindsWorkThatNoWakeUpAnnounced() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        Relay relay = new Relay("test", Duration.ofMillis(20), 10, new Backoff(NEVER, NEVER), limit -> {
            rounds.incrementAndGet();
            return 0;
        });
        relay.start();
        try {
            await().atMost(WAIT).until(() -> rounds.get() >= 3);
        } finally {
            relay.stop();
        }
    }
}
