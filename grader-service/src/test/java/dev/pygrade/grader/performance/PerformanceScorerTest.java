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
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.Counts;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.InstanceFigures;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.MemoryFigures;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeCount;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SlotsFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Scoring of faked measurements: bands, complexity verdicts, stopped calls, refused counts, the gate, slots. */
class PerformanceScorerTest {
    private static final String TIME = TimeCriterion.NAME;
    private static final List<Integer> SIZES = List.of(1000, 3000, 10000, 30000, 100000);
    private static final BenchmarkSpec SPEC = new BenchmarkSpec(
            "f",
            "tests/gen.py",
            "def make_input(n, rng): ...",
            1,
            SIZES,
            false,
            new TimeBudget(2, 2.0, List.of(new Band(4.0, 0.5))),
            new ComplexityBudget(2, List.of("O(n)"), "O(n)"),
            new MemoryBudget(1, 1000, 1_000_000),
            new InstancesBudget(1, "Point", "lambda cls, i: cls(i)", 1000, 64),
            new SlotsBudget(1, List.of("Point")));

    @Test
    void aLinearSolutionAtTheReferencesSpeedEarnsEverything() {
        PerformanceScore score = PerformanceScorer.score(
                SPEC, measured(n -> 500.0 * n, n -> 500.0 * n, memory(500_000, 600_000, true), slotted()), null);
        assertThat(score.score()).isEqualTo(score.maxScore()).isEqualTo(7.0);
        assertThat(score.performance().ratio()).isEqualTo(1.0);
        assertThat(score.performance().learnerComplexity().complexityClass()).isEqualTo("O(n)");
        assertThat(score.performance().summary())
                .startsWith("your solution is linear: doubling n made it 2.0× the work");
        assertThat(score.performance().sizes()).hasSize(5);
        assertThat(score.performance().sizes().get(4).learnerInstructions()).isEqualTo(50_000_000L);
    }

    @Test
    void ratioBandsGivePartialCredit() {
        PerformanceScore score = PerformanceScorer.score(
                SPEC, measured(n -> 1500.0 * n, n -> 500.0 * n, memory(1, 1, true), slotted()), null);
        Criterion time = criterion(score, TIME);
        assertThat(time.verdict()).isEqualTo("partial");
        assertThat(time.score()).isEqualTo(1.0);
        assertThat(time.measured()).isEqualTo("3.00");
    }

    @Test
    void aQuadraticSolutionMissesComplexityAndTime() {
        PerformanceScore score = PerformanceScorer.score(
                SPEC, measured(n -> 0.5 * n * n, n -> 500.0 * n, memory(1, 1, true), slotted()), null);
        Criterion complexity = criterion(score, "complexity");
        assertThat(complexity.verdict()).isEqualTo("missed");
        assertThat(complexity.measured()).isEqualTo("O(n^2)");
        assertThat(complexity.explanation()).contains("the reference is linear");
        assertThat(criterion(score, TIME).verdict()).isEqualTo("missed");
        assertThat(score.performance().summary())
                .startsWith("your solution is quadratic: doubling n made it 4.0× the work");
    }

    @Test
    void aStoppedOrContradictedTracemallocIsReplacedByTheKernelsFigure() {
        PerformanceScore stopped = PerformanceScorer.score(
                SPEC, measured(n -> 500.0 * n, n -> 500.0 * n, memory(0, 5_000_000, false), slotted()), null);
        Criterion peak = criterion(stopped, "peak memory of one call (n = 1000)");
        assertThat(peak.verdict()).isEqualTo("missed");
        assertThat(peak.measured()).isEqualTo("5000000");
        assertThat(peak.explanation()).contains("switched off");
        PerformanceScore lied = PerformanceScorer.score(
                SPEC, measured(n -> 500.0 * n, n -> 500.0 * n, memory(10, 5_000_000, true), slotted()), null);
        assertThat(criterion(lied, "peak memory of one call (n = 1000)").explanation())
                .contains("the kernel saw");
    }

    @Test
    void classesWithoutSlotsLoseTheSlotsAndInstancePoints() {
        BenchmarkMeasurements measured = new BenchmarkMeasurements(
                counts(n -> 500.0 * n, n -> 500.0 * n, false, null),
                null,
                memory(1, 1, true),
                new InstanceFigures("Point", 1000, 150_000, 160_000, true, 60_000, 70_000),
                List.of(new SlotsFigure("Point", false, true)),
                null);
        PerformanceScore score = PerformanceScorer.score(SPEC, measured, null);
        assertThat(criterion(score, "__slots__").verdict()).isEqualTo("missed");
        assertThat(criterion(score, "bytes per Point instance").verdict()).isEqualTo("missed");
        assertThat(score.memory().slots().get(0).instancesHaveDict()).isTrue();
    }

    @Test
    void aWrongResultOrATurnedOffCollectorEarnsNoTimePoints() {
        BenchmarkMeasurements wrong = new BenchmarkMeasurements(
                null,
                "your function's result on the benchmark input of size 1000 differs from the reference's",
                null,
                null,
                null,
                null);
        PerformanceScore score = PerformanceScorer.score(SPEC, wrong, null);
        assertThat(score.score()).isZero();
        assertThat(criterion(score, "complexity").explanation()).contains("differs");
        BenchmarkMeasurements gc = new BenchmarkMeasurements(
                counts(n -> 500.0 * n, n -> 500.0 * n, true, null),
                null,
                memory(1, 1, true),
                null,
                slottedList(),
                null);
        assertThat(criterion(PerformanceScorer.score(SPEC, gc, null), TIME).explanation())
                .contains("garbage collector");
    }

    @Test
    void aRefusedCountEarnsNeitherTimeNorComplexity() {
        BenchmarkMeasurements tampered = new BenchmarkMeasurements(
                counts(n -> 5.0 * n, n -> 500.0 * n, false, "at n = 100000 the count is far too small"),
                null,
                memory(1, 1, true),
                slotted(),
                slottedList(),
                null);
        PerformanceScore score = PerformanceScorer.score(SPEC, tampered, null);
        assertThat(criterion(score, TIME).score()).isZero();
        assertThat(criterion(score, "complexity").score()).isZero();
        assertThat(criterion(score, TIME).explanation()).startsWith("the count cannot be trusted: at n = 100000");
    }

    @Test
    void failingTestsOfTheMeasuredCodeKeepEveryCriterionAtZero() {
        PerformanceScore score = PerformanceScorer.score(
                SPEC,
                measured(n -> 500.0 * n, n -> 500.0 * n, memory(500_000, 600_000, true), slotted()),
                "your `f` failed 1 of its 4 tests: performance points need every one of them to pass");
        assertThat(score.score()).isZero();
        assertThat(criterion(score, TIME).explanation()).contains("failed 1 of its 4 tests");
        assertThat(criterion(score, "__slots__").score()).isZero();
    }

    @Test
    void aCallStoppedBeyondItsAllowanceIsALowerBoundAndTheFitUsesTheSmallerSizes() {
        List<SizeCount> sizes = new ArrayList<>();
        for (int n : List.of(10, 100, 1000)) {
            sizes.add(new SizeCount(n, 50L * n * n + 2000, 500L * n + 2000, 1_000_000L, null));
        }
        sizes.add(new SizeCount(3000, 40L * 1_502_000, 1_502_000, 900_000_000L, true));
        BenchmarkMeasurements stopped = new BenchmarkMeasurements(
                new Counts(sizes, null, 1L, 1L, null, false, null),
                null,
                memory(1, 1, true),
                slotted(),
                slottedList(),
                null);
        PerformanceScore score = PerformanceScorer.score(SPEC, stopped, null);
        Criterion time = criterion(score, TIME);
        assertThat(time.verdict()).isEqualTo("missed");
        assertThat(time.measured()).isEqualTo("≥ 40");
        assertThat(time.explanation()).contains("at n = 3000", "was stopped");
        assertThat(score.performance().learnerComplexity().complexityClass()).isEqualTo("O(n^2)");
        assertThat(score.performance().sizes().get(3).incomplete()).isTrue();
    }

    private static BenchmarkMeasurements measured(
            LongToDoubleFunction learner,
            LongToDoubleFunction reference,
            MemoryFigures memory,
            InstanceFigures instances) {
        return new BenchmarkMeasurements(
                counts(learner, reference, false, null), null, memory, instances, slottedList(), null);
    }

    private static Counts counts(
            LongToDoubleFunction learner, LongToDoubleFunction reference, boolean collectorOff, String tampered) {
        List<SizeCount> sizes = new ArrayList<>();
        for (int n : SIZES) {
            sizes.add(new SizeCount(
                    n, Math.round(learner.applyAsDouble(n)), Math.round(reference.applyAsDouble(n)), 1_000_000L, null));
        }
        return new Counts(sizes, null, 1L, 1L, null, collectorOff, tampered);
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
