package dev.pygrade.api.config;

import io.smallrye.config.WithDefault;
import java.util.Set;

/** {@code pygrade.exercises.*}: the exercise catalog. */
public interface ExercisesConfig {
    /**
     * The catalog root ({@code exercises/}), absolute or relative to the working directory. A relative path that
     * does not exist there is also tried without its leading {@code ../} and against the parent directory, so the
     * default works from {@code submission-api/} and from the repository root.
     */
    @WithDefault("../exercises")
    String root();

    /** Python versions the sandbox image offers; an exercise that asks for another one is not listed. */
    @WithDefault("3.11")
    Set<String> pythonVersions();
}
