package dev.pygrade.exercise;

import java.time.Duration;
import java.util.List;

/**
 * How a performance exercise grades speed and memory against its reference solution. Each criterion is optional
 * and carries its own weight; see docs/performance-grading.md.
 *
 * @param entry the function called, in the learner's module and in the reference
 * @param generatorSource trusted Python defining {@code make_input(n, rng)}, from a hidden support file
 * @param sizes input sizes, ascending
 * @param copyInputEachCall the function is meant to change its input, so each timed call gets a fresh copy
 */
public record BenchmarkSpec(
        String entry,
        String generatorFile,
        String generatorSource,
        long seed,
        List<Integer> sizes,
        boolean copyInputEachCall,
        Duration timeBudget,
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

    /** Points the benchmark adds to the exercise's maximum. */
    public double maxScore() {
        return (time != null ? time.weight() : 0)
                + (complexity != null ? complexity.weight() : 0)
                + (memory != null ? memory.weight() : 0)
                + (instances != null ? instances.weight() : 0)
                + (slots != null ? slots.weight() : 0);
    }
}
