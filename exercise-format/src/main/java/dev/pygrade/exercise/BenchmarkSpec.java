package dev.pygrade.exercise;

import java.util.List;
import java.util.TreeSet;

/**
 * How a performance exercise grades speed and memory against its reference solution. Each criterion is optional
 * and carries its own weight; see docs/performance-grading.md.
 *
 * @param entry the function called, in the learner's module and in the reference
 * @param generatorSource trusted Python defining {@code make_input(n, rng)}, from a hidden support file
 * @param sizes input sizes, ascending: the sizes that are graded
 * @param copyInputEachCall the function is meant to change its input, so each counted call gets a fresh copy
 */
public record BenchmarkSpec(
        String entry,
        String generatorFile,
        String generatorSource,
        long seed,
        List<Integer> sizes,
        boolean copyInputEachCall,
        TimeBudget time,
        ComplexityBudget complexity,
        MemoryBudget memory,
        InstancesBudget instances,
        SlotsBudget slots) {

    /** Full points at or below {@code maxRatio} (learner time / reference time at the largest size). */
    public record TimeBudget(double weight, double maxRatio, List<Band> bands) {}

    /** Partial credit up to a larger ratio. */
    public record Band(double maxRatio, double credit) {}

    /** Complexity classes that earn the points, e.g. O(n) and O(n log n), and the reference solution's class. */
    public record ComplexityBudget(double weight, List<String> allowed, String reference) {}

    /** tracemalloc peak of one call at {@code size}, at most {@code maxPeakBytes}. */
    public record MemoryBudget(double weight, int size, long maxPeakBytes) {}

    /** Bytes per instance of {@code className} over {@code count} instances made by {@code factory}. */
    public record InstancesBudget(double weight, String className, String factory, int count, double maxBytes) {}

    /** Classes whose instances must have no {@code __dict__} (they declare {@code __slots__}). */
    public record SlotsBudget(double weight, List<String> classes) {}

    /** Learner calls stop beyond this many times the reference's instructions over all sizes (at least 8). */
    private static final double MIN_BUDGET_RATIO = 8;

    /**
     * The sizes whose instructions are counted: the graded sizes, and below the smallest a third, a tenth, a thirtieth
     * and a hundredth of it (from 4 up), so that quadratic and cubic code, stopped long before the larger sizes, still
     * gets three sizes to fit.
     */
    public List<Integer> countedSizes() {
        TreeSet<Integer> counted = new TreeSet<>(sizes);
        if (!sizes.isEmpty()) {
            for (int divisor : new int[] {3, 10, 30, 100}) {
                if (sizes.get(0) / divisor >= 4) {
                    counted.add(sizes.get(0) / divisor);
                }
            }
        }
        return List.copyOf(counted);
    }

    /**
     * How many times the reference's instructions (all counted sizes together) the learner's calls may use: beyond the
     * largest ratio any time band gives credit for, so stopping there never changes a verdict.
     */
    public double budgetRatio() {
        double largest = time == null ? 0 : time.maxRatio();
        if (time != null) {
            for (Band band : time.bands()) {
                largest = Math.max(largest, band.maxRatio());
            }
        }
        return Math.max(MIN_BUDGET_RATIO, 1.5 * largest);
    }

    /** Points the benchmark adds to the exercise's maximum. */
    public double maxScore() {
        return (time != null ? time.weight() : 0)
                + (complexity != null ? complexity.weight() : 0)
                + (memory != null ? memory.weight() : 0)
                + (instances != null ? instances.weight() : 0)
                + (slots != null ? slots.weight() : 0);
    }
}
