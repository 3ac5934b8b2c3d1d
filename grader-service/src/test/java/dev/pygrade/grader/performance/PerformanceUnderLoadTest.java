package dev.pygrade.grader.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.PerformanceReport.SizeSample;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
import dev.pygrade.grader.catalog.CatalogCheck;
import dev.pygrade.grader.sandbox.RuntimeSelector;
import dev.pygrade.grader.sandbox.SandboxFixture;
import dev.pygrade.testkit.CpuHogs;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * A grade is a function of the submission alone: with a busy loop on every core, performance gradings give the
 * counts, score and class they give on an idle machine, and every performance exercise of the catalog passes its
 * check (CatalogCheckTest leaves them to this class).
 */
@NeedsInfrastructure
class PerformanceUnderLoadTest {
    private static final Path RESOURCES = RepositoryRoot.get().resolve("grader-service/src/test/resources");
    private static final Exercise COUNTED = new ExerciseLoader(Set.of("3.11"))
            .load(RESOURCES.resolve("probe/day01-probe/counted-probe"), RESOURCES.resolve("probe"));
    private static SandboxFixture runc;
    private static ExecutorService pool;
    private static GradingResult idle;
    private static CpuHogs hogs;

    @BeforeAll
    static void gradeIdleThenStartTheHogs() throws IOException {
        runc = SandboxFixture.start(RuntimeSelector.RUNC);
        pool = Executors.newFixedThreadPool(2);
        idle = grade(linear());
        hogs = CpuHogs.onEveryCore();
    }

    @AfterAll
    static void stop() {
        assertThat(hogs.allRunning()).as("the hogs ran all along").isTrue();
        hogs.close();
        pool.shutdown();
        assertThat(runc.leftovers()).isEmpty();
        runc.close();
    }

    @Test
    void theSameSubmissionGetsTheSameCountsScoreAndClassOnABusyMachine() throws IOException {
        for (int run = 0; run < 2; run++) {
            GradingResult busy = grade(linear());
            assertThat(counts(busy)).isEqualTo(counts(idle));
            assertThat(busy.score()).isEqualTo(idle.score()).isEqualTo(idle.maxScore());
            assertThat(busy.performance().ratio()).isEqualTo(idle.performance().ratio());
            assertThat(busy.performance().learnerComplexity())
                    .isEqualTo(idle.performance().learnerComplexity());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPerformanceExerciseOfTheCatalogPassesItsCheckOnABusyMachine() {
        CatalogCheck check = new CatalogCheck(runc.grader(), pool);
        List<Exercise> performance = SandboxFixture.library().exercises().stream()
                .filter(e -> e.benchmark() != null)
                .toList();
        assertThat(performance).hasSizeGreaterThanOrEqualTo(10);
        return performance.stream()
                .map(exercise -> DynamicTest.dynamicTest(
                        String.format(
                                "day%02d %s (runc, busy)",
                                exercise.info().day(), exercise.info().id()),
                        () -> assertThat(check.check(exercise))
                                .as(exercise.info().id())
                                .isEmpty()));
    }

    private static List<Long> counts(GradingResult result) {
        return result.performance().sizes().stream()
                .map(SizeSample::learnerInstructions)
                .toList();
    }

    private static String linear() throws IOException {
        return Files.readString(RESOURCES.resolve("performance/linear.py"));
    }

    private static GradingResult grade(String source) {
        return runc.grader().score(COUNTED, runc.grader().run(COUNTED, Map.of("solution.py", source), Map.of()), 0, 0);
    }
}
