package dev.pygrade.grader.catalog;

import dev.pygrade.exercise.CatalogRoot;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.exercise.ExerciseProblem;
import dev.pygrade.grader.config.ExercisesConfig;
import dev.pygrade.grader.sandbox.LimitsPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The exercises this grader can grade, loaded once at start-up; broken exercises are reported and left out. */
@ApplicationScoped
public class ExerciseCatalog {
    private static final Logger LOG = Logger.getLogger(ExerciseCatalog.class);

    private final Map<String, Exercise> byId;
    private final List<ExerciseProblem> problems;

    ExerciseCatalog(ExercisesConfig config, LimitsPolicy limits) {
        ExerciseLibrary library =
                ExerciseLibrary.load(CatalogRoot.resolve(config.root(), Path.of("")), config.pythonVersions());
        this.byId = library.exercises().stream()
                .collect(Collectors.toMap(e -> e.info().id(), Function.identity()));
        this.problems = library.problems();
        problems.forEach(problem -> LOG.warnf("exercise not loaded: %s", problem));
        for (Exercise exercise : library.exercises()) {
            limits.excesses(exercise.settings().limits())
                    .forEach(excess ->
                            LOG.warnf("exercise %s: %s; capped", exercise.info().id(), excess));
        }
        LOG.infof("exercise catalog: %d exercises, %d problems", byId.size(), problems.size());
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<ExerciseProblem> problems() {
        return problems;
    }
}
