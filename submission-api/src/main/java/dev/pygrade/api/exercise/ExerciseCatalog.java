package dev.pygrade.api.exercise;

import dev.pygrade.api.config.PygradeConfig;
import dev.pygrade.exercise.CatalogRoot;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.exercise.ExerciseProblem;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The exercises learners can submit to, loaded once at startup from {@code pygrade.exercises.root}. An exercise
 * that does not load is logged as a warning and not listed; it never hides the others.
 */
@Startup
@ApplicationScoped
public class ExerciseCatalog {
    private static final Logger LOG = Logger.getLogger(ExerciseCatalog.class);

    private final List<Exercise> exercises;
    private final Map<String, Exercise> byId;

    public ExerciseCatalog(PygradeConfig config) {
        Path root = CatalogRoot.resolve(config.exercises().root(), Path.of(""));
        ExerciseLibrary library = ExerciseLibrary.load(root, config.exercises().pythonVersions());
        for (ExerciseProblem problem : library.problems()) {
            LOG.warnf("exercise catalog %s: %s (the exercise is not listed)", root, problem);
        }
        this.exercises = library.exercises();
        this.byId = exercises.stream()
                .collect(Collectors.toUnmodifiableMap(e -> e.info().id(), Function.identity()));
        LOG.infof(
                "exercise catalog %s: %d exercises, %d problems",
                root, exercises.size(), library.problems().size());
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Every exercise, sorted by day then id; only those of {@code day} when it is given. */
    public List<Exercise> list(Optional<Integer> day) {
        return day.map(d -> exercises.stream().filter(e -> e.info().day() == d).toList())
                .orElse(exercises);
    }
}
