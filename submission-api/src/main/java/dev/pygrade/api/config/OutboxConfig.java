package dev.pygrade.api.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code pygrade.outbox.*}: the relay that publishes outbox rows to Kafka. */
public interface OutboxConfig {
    /** How often the relay looks for unpublished rows when nothing woke it (a backstop after crashes). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most rows published per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before counting it as failed. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** First pause after a failed publish; it doubles with every further failure. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Longest pause between publish attempts while Kafka keeps failing. */
    @WithDefault("30s")
    Duration maxBackoff();
}
