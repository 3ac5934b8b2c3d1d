package dev.pygrade.api.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code pygrade.webhooks.*}: delivering results to callback URLs. */
@ConfigMapping(prefix = "pygrade.webhooks")
public interface WebhookConfig {
    /** How often the relay looks for due deliveries when nothing woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Connect and response timeout of one POST. */
    @WithDefault("10s")
    Duration timeout();

    /** Pause after the first failed try; it doubles with every further failure of the same delivery. */
    @WithDefault("2s")
    Duration initialBackoff();

    /** Longest pause between two tries of one delivery. */
    @WithDefault("10m")
    Duration maxBackoff();

    /** Tries before a delivery is marked failed (an admin can retry it); about 1.5 h with the defaults. */
    @WithDefault("15")
    int maxAttempts();

    /** Deliveries sent per round. */
    @WithDefault("20")
    int batchSize();
}
