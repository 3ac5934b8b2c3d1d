package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.PerformanceReport.SizeSample;
import dev.pygrade.grader.performance.ComplexityFitter.Fit;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeCount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The instruction counts of one grading, per size: the learner's, the reference's and their ratios. */
final class InstructionCounts {
    private final List<SizeCount> sizes;
    private final long smallestGraded;

    /**
     * @param smallestGraded the exercise's smallest size: the fit uses sizes from there up when it has three of them
     */
    private InstructionCounts(List<SizeCount> sizes, long smallestGraded) {
        this.sizes =
                sizes.stream().filter(s -> s.hasLearner() && s.reference() > 0).toList();
        this.smallestGraded = smallestGraded;
    }

    static InstructionCounts of(BenchmarkMeasurements measured, List<Integer> gradedSizes) {
        return new InstructionCounts(
                measured == null ? List.of() : measured.sizesOrEmpty(), gradedSizes.isEmpty() ? 0 : gradedSizes.get(0));
    }

    boolean hasData() {
        return !sizes.isEmpty();
    }

    /** Sizes where the learner's count is a measurement, not a lower bound. */
    List<SizeCount> complete() {
        return sizes.stream().filter(s -> !s.isIncomplete()).toList();
    }

    /** The largest size counted: the largest graded one, or where the learner's code went beyond its allowance. */
    SizeCount largest() {
        return sizes.get(sizes.size() - 1);
    }

    static double ratioOf(SizeCount size) {
        return (double) size.learner() / size.reference();
    }

    double ratioAtLargest() {
        return ratioOf(largest());
    }

    /**
     * The sizes the complexity is fitted on: the complete graded sizes when there are three, else the three largest
     * complete sizes (code too slow for the graded sizes still gets its class). Empty with fewer than three.
     */
    List<SizeCount> fitted() {
        List<SizeCount> complete = complete();
        List<SizeCount> graded =
                complete.stream().filter(s -> s.n() >= smallestGraded).toList();
        if (graded.size() >= 3) {
            return graded;
        }
        return complete.size() >= 3 ? complete.subList(complete.size() - 3, complete.size()) : List.of();
    }

    /** The complexity fit of the learner's counts (sizes beyond the allowance rule out classes that predict less). */
    Fit learnerFit() {
        List<SizeCount> usable = fitted();
        if (usable.isEmpty()) {
            return null;
        }
        Map<Long, Double> lowerBounds = new HashMap<>();
        sizes.stream()
                .filter(SizeCount::isIncomplete)
                .forEach(s -> lowerBounds.put(s.n(), s.learner().doubleValue()));
        return ComplexityFitter.fit(
                usable.stream().map(SizeCount::n).toList(),
                usable.stream().map(s -> s.learner().doubleValue()).toList(),
                lowerBounds);
    }

    /** The complexity fit of the reference's counts on the same sizes. */
    Fit referenceFit() {
        List<SizeCount> usable = fitted();
        if (usable.isEmpty()) {
            return null;
        }
        return ComplexityFitter.fit(
                usable.stream().map(SizeCount::n).toList(),
                usable.stream().map(s -> (double) s.reference()).toList());
    }

    List<SizeSample> samples() {
        return sizes.stream()
                .map(s -> new SizeSample(
                        s.n(),
                        s.learner(),
                        s.reference(),
                        PerformanceScorer.round(ratioOf(s)),
                        s.learnerCpuNs() == null ? null : PerformanceScorer.round(s.learnerCpuNs() / 1e9),
                        s.isIncomplete()))
                .toList();
    }
}
