package dev.pygrade.grader.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
import dev.pygrade.grader.sandbox.RuntimeSelector;
import dev.pygrade.grader.sandbox.SandboxFixture;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Performance grading through the real sandbox: speed, complexity and memory against the reference. */
class PerformanceGradingTest {
    private static final Path RESOURCES = RepositoryRoot.get().resolve("grader-service/src/test/resources");
    private static Exercise dedupe;
    private static SandboxFixture sandbox;

    @BeforeAll
    static void load() {
        Path root = RESOURCES.resolve("probe");
        dedupe = new ExerciseLoader(Set.of("3.11")).load(root.resolve("day01-probe/dedupe-probe"), root);
        sandbox = SandboxFixture.start(RuntimeSelector.RUNSC);
    }

    @AfterAll
    static void close() {
        assertThat(sandbox.leftovers()).isEmpty();
        sandbox.close();
    }

    @Test
    void theReferenceEarnsEveryPerformancePointAndRunsUnderRuncPinned() {
        GradingResult result = grade(dedupe.reference().get("solution.py"));
        assertThat(result.status()).as(result.summary()).isEqualTo(GradingStatus.PASSED);
        assertThat(result.score()).isEqualTo(result.maxScore()).isEqualTo(7.0);
        assertThat(result.environment().runtime()).isEqualTo(RuntimeSelector.RUNC);
        assertThat(result.performance().medianRatio()).isBetween(0.7, 1.4);
        assertThat(result.performance().sizes()).hasSize(5);
        assertThat(result.performance().curves()).isNotEmpty();
        assertThat(result.memory().peakBytes()).isPositive();
    }

    @Test
    void aQuadraticSolutionLosesTheSpeedAndComplexityPointsAndIsToldWhy() throws IOException {
        GradingResult result = grade(source("quadratic.py"));
        assertThat(result.status()).isEqualTo(GradingStatus.FAILED);
        Criterion complexity = criterion(result, "complexity");
        assertThat(complexity.verdict()).isEqualTo("missed");
        assertThat(complexity.measured()).isIn("O(n^2)", "O(n^3)");
        assertThat(criterion(result, "time ratio to the reference").verdict()).isEqualTo("missed");
        assertThat(result.performance().summary()).startsWith("your solution is quadratic: doubling n made it");
        assertThat(result.performance().summary()).contains("the reference is");
        assertThat(result.score()).isEqualTo(3.0); // the two tests and the memory point
    }

    @Test
    void patchingTimeTracemallocOrGcDoesNotImproveTheGrade() throws IOException {
        GradingResult honest = grade(source("linear.py"));
        GradingResult cheating = grade(source("cheating_linear.py"));
        assertThat(cheating.score()).isLessThanOrEqualTo(honest.score());
        Criterion time = criterion(cheating, "time ratio to the reference");
        assertThat(time.verdict()).isEqualTo("missed");
        assertThat(time.explanation()).contains("garbage collector");
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
        assertThat(criterion(result, "time ratio to the reference").verdict()).isNotEqualTo("missed");
    }

    private static GradingResult grade(String source) {
        return sandbox.grader()
                .score(dedupe, sandbox.grader().run(dedupe, Map.of("solution.py", source), Map.of()), 0, 0);
    }

    private static String source(String file) throws IOException {
        return Files.readString(RESOURCES.resolve("performance/" + file));
    }

    private static Criterion criterion(GradingResult result, String name) {
        return java.util.stream.Stream.concat(
                        result.performance() != null
                                ? result.performance().criteria().stream()
                                : java.util.stream.Stream.empty(),
                        result.memory() != null ? result.memory().criteria().stream() : java.util.stream.Stream.empty())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + name + " in " + result));
    }
}
