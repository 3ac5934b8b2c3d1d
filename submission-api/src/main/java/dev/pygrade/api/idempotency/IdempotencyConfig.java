package dev.pygrade.api.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code pygrade.idempotency.*}: how long the first answer to an Idempotency-Key is remembered. */
@ConfigMapping(prefix = "pygrade.idempotency")
public interface IdempotencyConfig {
    /** How long a key is remembered; a retry after that is a new submission. */
    @WithDefault("24h")
    Duration retention();

    /** How often expired keys are deleted. */
    @WithDefault("1h")
    Duration cleanupInterval();
}
