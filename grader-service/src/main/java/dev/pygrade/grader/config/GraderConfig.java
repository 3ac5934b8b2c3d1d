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

    /** CPython versions the sandbox image provides, as exercise.yaml names them. */
    @WithDefault("3.11")
    Set<String> pythonVersions();
}
