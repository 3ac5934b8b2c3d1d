package dev.pygrade.api.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The submission API's general settings under {@code pygrade.*}. A capability with settings of its own maps them
 * beside its code: {@code pygrade.auth} (AuthConfig), {@code pygrade.rate-limit}, {@code pygrade.idempotency},
 * {@code pygrade.webhooks}, {@code pygrade.outbound} and {@code pygrade.lti}.
 */
@ConfigMapping(prefix = "pygrade")
public interface PygradeConfig {
    /** The exercise catalog: where it lives and which Python versions the sandbox offers. */
    ExercisesConfig exercises();

    /** Limits on what one submission may contain. */
    SubmissionLimitsConfig submissions();

    /** The server-sent event stream of a submission's status. */
    EventStreamConfig events();

    /** How the outbox relay publishes stored events to Kafka. */
    OutboxConfig outbox();

    /** Where the {@code local} profile keeps its H2 database files; read by its JDBC URL (default ./.pygrade/data). */
    Optional<String> dataDir();

    /** The repository checkout's root, which the build sets for tests ({@code %test.pygrade.exercises.root} uses it). */
    Optional<String> root();
}
