package dev.pygrade.grader.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** This grader instance. */
@ConfigMapping(prefix = "pygrade.grader")
public interface GraderConfig {
    /** Name of this instance in results and on its sandbox containers; defaults to the host name. */
    Optional<String> instanceId();

    /** Folder of the exercise catalog (exercises/dayNN-topic/id/). */
    @WithDefault("exercises")
    Path exercisesRoot();

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

    /** CPython versions the sandbox image provides, as exercise.yaml names them. */
    @WithDefault("3.11")
    Set<String> pythonVersions();
}
