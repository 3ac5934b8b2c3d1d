package dev.pygrade.api.config;

import io.smallrye.config.ConfigMapping;

/** Everything under {@code pygrade.*} that the submission API reads. */
@ConfigMapping(prefix = "pygrade")
public interface PygradeConfig {
    /** The exercise catalog: where it lives and which Python versions the sandbox offers. */
    ExercisesConfig exercises();

    /** Limits on what one submission may contain. */
    SubmissionLimitsConfig submissions();

    /** How the outbox relay publishes stored events to Kafka. */
    OutboxConfig outbox();
}
