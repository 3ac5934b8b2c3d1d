package dev.pygrade.grader.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** {@code pygrade.exercises.*}: the exercise catalog, under the same names as the submission API's. */
@ConfigMapping(prefix = "pygrade.exercises")
public interface ExercisesConfig {
    /**
     * The catalog root ({@code exercises/dayNN-topic/id/}), absolute or relative to the working directory; found as
     * {@link dev.pygrade.exercise.CatalogRoot} says, so the default works from the repository root and from a module.
     */
    @WithDefault("../exercises")
    String root();

    /** CPython versions the sandbox image provides, as exercise.yaml names them. */
    @WithDefault("3.11")
    Set<String> pythonVersions();
}
