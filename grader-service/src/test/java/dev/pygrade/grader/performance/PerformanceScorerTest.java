package dev.pygrade.grader.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.exercise.BenchmarkSpec;
import dev.pygrade.exercise.BenchmarkSpec.Band;
import dev.pygrade.exercise.BenchmarkSpec.ComplexityBudget;
import dev.pygrade.exercise.BenchmarkSpec.InstancesBudget;
import dev.pygrade.exercise.BenchmarkSpec.MemoryBudget;
import dev.pygrade.exercise.BenchmarkSpec.SlotsBudget;
import dev.pygrade.exercise.BenchmarkSpec.TimeBudget;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.InstanceFigures;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.MemoryFigures;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeTiming;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SlotsFigure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Scoring of faked measurements: bands, complexity verdicts, the kernel cross-check, slots. */
class PerformanceScorerTest {
    private static final List<Integer> SIZES = List.of(1000, 3000, 10000, 30000, 100000);
    private static final BenchmarkSpec SPEC = new BenchmarkSpec(
            "f",
            "tests/gen.py",
            "def make_input(n, rng): ...",
            1,
            SIZES,
            false,
            Duration.ofSeconds(8),
            new TimeBudget(2, 2.0, List.of(new Band(4.0, 0.5))),
            new ComplexityBudget(2, List.of("O(n)"), "O(n)"),
            new MemoryBudget(1, 1000, 1_000_000),
            new InstancesBudget(1, "Point", "lambda cls, i: cls(i)", 1000, 64),
            new SlotsBudget(1, List.of("Point")));

    @Test
    void aLinearSolutionAtTheReferencesSpeedEarnsEverything() {
        PerformanceScore score = PerformanceScorer.score(
                SPEC, measured(n -> 10.0 * n, n -> 10.0 * n, memory(500_000, 600_000, true), slotted()));
        assertThat(score.score()).isEqualTo(score.maxScore()).isEqualTo(7.0);
        assertThat(score.performance().medianRatio()).isEqualTo(1.0);
        assertThat(score.performance().learnerComplexity().complexityClass()).isEqualTo("O(n)");
        assertThat(score.performance().summary()).startsWith("your solution is linear: doubling n made it 2.0× slower");
    }

    @Test
    void ratioBandsGivePartialCredit() {
        PerformanceScore score =
                PerformanceScorer.score(SPEC, measured(n -> 30.0 * n, n -> 10.0 * n, memory(1, 1, true), slotted()));
        Criterion time = criterion(score, "time ratio to the reference");
        assertThat(time.verdict()).isEqualTo("partial");
        assertThat(time.score()).isEqualTo(1.0);
        assertThat(time.measured()).isEqualTo("3.00");
    }

    @Test
    void aQuadraticSolutionMissesComplexityAndTime() {
        PerformanceScore score = PerformanceScorer.score(
                SPEC, measured(n -> 0.01 * n * n, n -> 10.0 * n, memory(1, 1, true), slotted()));
        Criterion complexity = criterion(score, "complexity");
        assertThat(complexity.verdict()).isEqualTo("missed");
        assertThat(complexity.measured()).isEqualTo("O(n^2)");
        assertThat(complexity.explanation()).contains("the reference is linear");
        assertThat(criterion(score, "time ratio to the reference").verdict()).isEqualTo("missed");
        assertThat(score.performance().summary())
                .startsWith("your solution is quadratic: doubling n made it 4.0× slower");
    }

    @Test
    void aStoppedOrContradictedTracemallocIsReplacedByTheKernelsFigure() {
        PerformanceScore stopped = PerformanceScorer.score(
                SPEC, measured(n -> 10.0 * n, n -> 10.0 * n, memory(0, 5_000_000, false), slotted()));
        Criterion peak = criterion(stopped, "peak memory of one call (n = 1000)");
        assertThat(peak.verdict()).isEqualTo("missed");
        assertThat(peak.measured()).isEqualTo("5000000");
        assertThat(peak.explanation()).contains("switched off");
        PerformanceScore lied = PerformanceScorer.score(
                SPEC, measured(n -> 10.0 * n, n -> 10.0 * n, memory(10, 5_000_000, true), slotted()));
        assertThat(criterion(lied, "peak memory of one call (n = 1000)").explanation())
                .contains("the kernel saw");
    }

    @Test
    void classesWithoutSlotsLoseTheSlotsAndInstancePoints() {
        BenchmarkMeasurements measured = new BenchmarkMeasurements(
                timings(n -> 10.0 * n, n -> 10.0 * n),
                null,
                false,
                null,
                memory(1, 1, true),
                new InstanceFigures("Point", 1000, 150_000, 160_000, true, 60_000, 70_000),
                List.of(new SlotsFigure("Point", false, true)));
        PerformanceScore score = PerformanceScorer.score(SPEC, measured);
        assertThat(criterion(score, "__slots__").verdict()).isEqualTo("missed");
        assertThat(criterion(score, "bytes per Point instance").verdict()).isEqualTo("missed");
        assertThat(score.memory().slots().get(0).instancesHaveDict()).isTrue();
    }

    @Test
    void aWrongResultOrATurnedOffCollectorEarnsNoTimePoints() {
        BenchmarkMeasurements wrong = new BenchmarkMeasurements(
                List.of(),
                "your function's result on the benchmark input of size 1000 differs from the reference's",
                false,
                null,
                null,
                null,
                null);
        PerformanceScore score = PerformanceScorer.score(SPEC, wrong);
        assertThat(score.score()).isZero();
        assertThat(criterion(score, "complexity").explanation()).contains("differs");
        BenchmarkMeasurements gc = new BenchmarkMeasurements(
                timings(n -> 10.0 * n, n -> 10.0 * n), null, true, null, memory(1, 1, true), null, slottedList());
        assertThat(criterion(PerformanceScorer.score(SPEC, gc), "time ratio to the reference")
                        .explanation())
                .contains("garbage collector");
    }

    private static BenchmarkMeasurements measured(
            LongToDoubleFunction learner,
            LongToDoubleFunction reference,
            MemoryFigures memory,
            InstanceFigures instances) {
        return new BenchmarkMeasurements(
                timings(learner, reference), null, false, null, memory, instances, slottedList());
    }

    private static List<SizeTiming> timings(LongToDoubleFunction learner, LongToDoubleFunction reference) {
        List<SizeTiming> sizes = new ArrayList<>();
        for (int n : SIZES) {
            List<Double> l =
                    List.of(learner.applyAsDouble(n), learner.applyAsDouble(n) * 1.01, learner.applyAsDouble(n) * 0.99);
            List<Double> r =
                    List.of(reference.applyAsDouble(n), reference.applyAsDouble(n), reference.applyAsDouble(n));
            sizes.add(new SizeTiming(n, l, r, 10, 10, null));
        }
        return sizes;
    }

    private static MemoryFigures memory(long traced, long kernel, boolean tracing) {
        return new MemoryFigures(1000, traced, kernel, tracing, 400_000, 500_000);
    }

    private static InstanceFigures slotted() {
        return new InstanceFigures("Point", 1000, 56_000, 60_000, true, 56_000, 60_000);
    }

    private static List<SlotsFigure> slottedList() {
        return List.of(new SlotsFigure("Point", true, false));
    }

    private static Criterion criterion(PerformanceScore score, String name) {
        List<Criterion> all = new ArrayList<>(
                score.performance() != null ? score.performance().criteria() : List.of());
        if (score.memory() != null) {
            all.addAll(score.memory().criteria());
        }
        return all.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + all));
    }
}
