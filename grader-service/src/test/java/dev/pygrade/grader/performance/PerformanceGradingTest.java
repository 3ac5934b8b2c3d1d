package dev.pygrade.grader.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.PerformanceReport.SizeSample;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Performance grading through the real sandbox: instructions, complexity and memory against the reference; the same
 * submission gets the same counts every time, under either runtime, with a busy loop on every core meanwhile.
 */
@NeedsInfrastructure
class PerformanceGradingTest {
    private static final Path RESOURCES = RepositoryRoot.get().resolve("grader-service/src/test/resources");
    private static Exercise dedupe;
    private static Exercise counted;
    private static SandboxFixture sandbox;
    private static CpuHogs hogs;

    @BeforeAll
    static void load() {
        Path root = RESOURCES.resolve("probe");
        dedupe = new ExerciseLoader(Set.of("3.11")).load(root.resolve("day01-probe/dedupe-probe"), root);
        counted = new ExerciseLoader(Set.of("3.11")).load(root.resolve("day01-probe/counted-probe"), root);
        sandbox = SandboxFixture.start(RuntimeSelector.RUNSC);
        hogs = CpuHogs.onEveryCore(); // every grading below runs on a busy machine
    }

    @AfterAll
    static void close() {
        assertThat(hogs.allRunning()).isTrue();
        hogs.close();
        assertThat(sandbox.leftovers()).isEmpty();
        sandbox.close();
    }

    @Test
    void theReferenceEarnsEveryPerformancePointAndAMemoryExerciseRunsUnderRunc() {
        GradingResult result = grade(dedupe.files().reference().get("solution.py"));
        assertThat(result.status()).as(result.summary()).isEqualTo(GradingStatus.PASSED);
        assertThat(result.score()).isEqualTo(result.maxScore()).isEqualTo(7.0);
        assertThat(result.environment().runtime()).isEqualTo(RuntimeSelector.RUNC);
        assertThat(result.performance().ratio()).isBetween(0.99, 1.01);
        assertThat(result.performance().sizes()).hasSize(9); // the 5 graded sizes and 4 smaller ones
        assertThat(result.performance().curves()).isNotEmpty();
        assertThat(result.memory().peakBytes()).isPositive();
    }

    @Test
    void theSameSubmissionGetsTheSameCountsUnderGvisorAndRunc() throws IOException {
        GradingResult gvisor = grade(counted, source("linear.py"));
        assertThat(gvisor.environment().runtime()).isEqualTo(RuntimeSelector.RUNSC);
        try (SandboxFixture runc = SandboxFixture.start(RuntimeSelector.RUNC)) {
            GradingResult result = runc.grader()
                    .score(
                            counted,
                            runc.grader().run(counted, Map.of("solution.py", source("linear.py")), Map.of()),
                            0,
                            0);
            assertThat(result.environment().runtime()).isEqualTo(RuntimeSelector.RUNC);
            assertThat(instructions(result)).isEqualTo(instructions(gvisor)).hasSize(9);
            assertThat(result.score()).isEqualTo(gvisor.score()).isEqualTo(result.maxScore());
            assertThat(result.performance().learnerComplexity())
                    .isEqualTo(gvisor.performance().learnerComplexity());
        }
    }

    @Test
    void aQuadraticSolutionLosesTheSpeedAndComplexityPointsAndIsToldWhy() throws IOException {
        GradingResult result = grade(source("quadratic.py"));
        assertThat(result.status()).isEqualTo(GradingStatus.FAILED);
        Criterion complexity = criterion(result, "complexity");
        assertThat(complexity.verdict()).isEqualTo("missed");
        assertThat(complexity.measured()).as(result.performance().toString()).isIn("O(n^2)", "O(n^3)");
        assertThat(criterion(result, TimeCriterion.NAME).verdict()).isEqualTo("missed");
        assertThat(result.performance().summary()).startsWith("your solution is quadratic: doubling n made it");
        assertThat(result.performance()
                        .sizes()
                        .get(result.performance().sizes().size() - 1)
                        .incomplete())
                .isTrue();
        assertThat(result.performance().summary()).contains("the reference is");
        assertThat(result.score()).isEqualTo(3.0); // the two tests and the memory point
    }

    @Test
    void patchingTimeTracemallocOrGcDoesNotImproveTheGrade() throws IOException {
        GradingResult honest = grade(source("linear.py"));
        GradingResult cheating = grade(source("cheating_linear.py"));
        assertThat(cheating.score()).isLessThanOrEqualTo(honest.score());
        Criterion time = criterion(cheating, TimeCriterion.NAME);
        assertThat(time.verdict()).isEqualTo("missed");
        assertThat(time.explanation()).contains("garbage collector");
        // Nothing it patched reaches the count: the same instructions as the honest code, give or take the calls it
        // made to gc and tracemalloc.
        assertThat(cheating.performance().ratio())
                .isBetween(
                        0.95 * honest.performance().ratio(),
                        1.05 * honest.performance().ratio());
        assertThat(cheating.memory().peakBytes()).isGreaterThan(300_000L);
        assertThat(criterion(cheating, "peak memory of one call (n = 20000)").explanation())
                .contains("kernel");
    }

    @Test
    void aMemoryHungrySolutionLosesTheMemoryPoint() throws IOException {
        GradingResult result = grade(source("positions.py"));
        Criterion memory = criterion(result, "peak memory of one call (n = 20000)");
        assertThat(memory.verdict()).isEqualTo("missed");
        assertThat(Long.parseLong(memory.measured())).isGreaterThan(1024L * 1024);
        assertThat(criterion(result, TimeCriterion.NAME).verdict()).isNotEqualTo("missed");
    }

    private static GradingResult grade(String source) {
        return grade(dedupe, source);
    }

    private static GradingResult grade(Exercise exercise, String source) {
        return sandbox.grader()
                .score(exercise, sandbox.grader().run(exercise, Map.of("solution.py", source), Map.of()), 0, 0);
    }

    private static List<Long> instructions(GradingResult result) {
        return result.performance().sizes().stream()
                .map(SizeSample::learnerInstructions)
                .toList();
    }

    private static String source(String file) throws IOException {
        return Files.readString(RESOURCES.resolve("performance/" + file));
    }

    private static Criterion criterion(GradingResult result, String name) {
        return Stream.concat(
                        result.performance() != null ? result.performance().criteria().stream() : Stream.empty(),
                        result.memory() != null ? result.memory().criteria().stream() : Stream.empty())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + name + " in " + result));
    }
}
