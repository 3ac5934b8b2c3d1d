package dev.pygrade.api.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void startsAtTheInitialPauseAndDoublesAfterEachFailure() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void neverExceedsTheLongestPauseHoweverManyFailures() {
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void noFailureYetCountsAsTheFirst() {
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(2));
    }
}
