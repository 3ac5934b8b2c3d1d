package dev.pygrade.grader.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseKind;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.grader.sandbox.RuntimeSelector;
import dev.pygrade.grader.sandbox.SandboxFixture;
import dev.pygrade.testkit.NeedsInfrastructure;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalog check of CI (what {@code exercises/check} does): every exercise, through the real sandbox.
 *
 * <p>The catalog runs under runc: gVisor makes each grading about four times slower here (its syscalls), and the
 * verdict of code that merely computes does not depend on the runtime. Performance exercises are checked by
 * PerformanceUnderLoadTest, with a busy loop on every core (their grades must not depend on the machine's load). Where it can — a known-wrong solution
 * that reaches a limit (time, memory, output) — the exercise is checked under runsc as well, the production default, and
 * so is the first exercise of each kind.
 */
@NeedsInfrastructure
class CatalogCheckTest {
    private static final Set<String> LIMIT_STATUSES = Set.of("timeout", "memory-limit", "output-limit");

    private static SandboxFixture runc;
    private static SandboxFixture runsc;
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        runc = SandboxFixture.start(RuntimeSelector.RUNC);
        runsc = SandboxFixture.start(RuntimeSelector.RUNSC);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdown();
        for (SandboxFixture sandbox : List.of(runc, runsc)) {
            assertThat(sandbox.leftovers()).isEmpty();
            sandbox.close();
        }
    }

    @Test
    void everyExerciseIsValid() {
        assertThat(SandboxFixture.library().problems()).isEmpty();
    }

    @Test
    void theGvisorPassCoversEveryKindAndTheLimitReachingWrongSolutions() {
        assertThat(runsc.sandbox().runtime()).isEqualTo(RuntimeSelector.RUNSC);
        List<Exercise> graded = SandboxFixture.library().exercises().stream()
                .filter(e -> e.benchmark() == null)
                .toList();
        List<Exercise> underGvisor = checkedUnderGvisor();
        assertThat(underGvisor)
                .extracting(e -> e.info().kind())
                .containsAll(graded.stream().map(e -> e.info().kind()).toList());
        assertThat(underGvisor)
                .containsAll(graded.stream()
                        .filter(e -> e.wrong().stream().anyMatch(w -> LIMIT_STATUSES.contains(w.status())))
                        .toList());
        assertThat(underGvisor).as("a part of the catalog, not all of it").hasSizeLessThan(graded.size());
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseWithoutABenchmarkGradesItsReferenceAndWrongSolutionsAsStated() {
        return checks(
                SandboxFixture.library().exercises().stream()
                        .filter(e -> e.benchmark() == null)
                        .toList(),
                runc);
    }

    @TestFactory
    Stream<DynamicTest> everyKindAndTheLimitReachingWrongSolutionsGetTheSameVerdictsUnderGvisor() {
        return checks(checkedUnderGvisor(), runsc);
    }

    private static Stream<DynamicTest> checks(List<Exercise> exercises, SandboxFixture sandbox) {
        CatalogCheck check = new CatalogCheck(sandbox.grader(), pool);
        return exercises.stream()
                .map(exercise -> DynamicTest.dynamicTest(
                        String.format(
                                "day%02d %s (%s)",
                                exercise.info().day(),
                                exercise.info().id(),
                                sandbox.sandbox().runtime()),
                        () -> assertThat(check.check(exercise))
                                .as(exercise.info().id())
                                .isEmpty()));
    }

    /**
     * Exercises graded under the default runtime (no benchmark) with a wrong solution that reaches a limit, and the
     * first exercise of each kind, so that every kind is checked under gVisor too.
     */
    private static List<Exercise> checkedUnderGvisor() {
        ExerciseLibrary library = SandboxFixture.library();
        Set<ExerciseKind> kinds = EnumSet.noneOf(ExerciseKind.class);
        return library.exercises().stream()
                .filter(e -> e.benchmark() == null)
                .filter(e -> kinds.add(e.info().kind())
                        || e.wrong().stream().anyMatch(w -> LIMIT_STATUSES.contains(w.status())))
                .toList();
    }
}
