package dev.pygrade.grader.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** This grader instance. */
@ConfigMapping(prefix = "pygrade.grader")
public interface GraderConfig {
    /** Name of this instance in results and on its sandbox containers; defaults to the host name. */
    Optional<String> instanceId();

    /**
     * Gradings this grader runs at once (the size of its "grading" worker pool, which
     * {@code smallrye.messaging.worker.grading.max-concurrency} is set from).
     */
    @WithDefault("2")
    int concurrency();

    /**
     * Seconds a stopping grader lets the gradings it is running finish; {@code quarkus.shutdown.timeout} and the
     * grading worker pool's shutdown timeout are set from it.
     */
    @WithDefault("90")
    int shutdownTimeoutSeconds();
}
