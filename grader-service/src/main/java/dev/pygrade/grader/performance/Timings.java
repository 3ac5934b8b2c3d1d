package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.PerformanceReport.SizeSample;
import dev.pygrade.grader.performance.ComplexityFitter.Fit;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeTiming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The timing measurements of one grading, per size, with their medians and ratios. */
final class Timings {
    private final List<SizeTiming> sizes;

    private Timings(List<SizeTiming> sizes) {
        this.sizes = sizes.stream()
                .filter(s -> !s.learnerNs().isEmpty() && !s.referenceNs().isEmpty())
                .toList();
    }

    static Timings of(BenchmarkMeasurements measured) {
        return new Timings(measured.sizesOrEmpty());
    }

    static Timings none() {
        return new Timings(List.of());
    }

    boolean hasData() {
        return !sizes.isEmpty();
    }

    /** Sizes where the learner's timings are measurements, not lower bounds. */
    List<SizeTiming> complete() {
        return sizes.stream().filter(s -> !s.isIncomplete()).toList();
    }

    SizeTiming largest() {
        return sizes.get(sizes.size() - 1);
    }

    /** Median of the interleaved learner/reference ratios at the largest size (a lower bound if incomplete). */
    double ratioAtLargest() {
        return ratioOf(largest());
    }

    static double ratioOf(SizeTiming size) {
        List<Double> ratios = new ArrayList<>();
        double reference = median(size.referenceNs());
        for (int i = 0; i < size.learnerNs().size(); i++) {
            ratios.add(size.learnerNs().get(i)
                    / (i < size.referenceNs().size() ? size.referenceNs().get(i) : reference));
        }
        return median(ratios);
    }

    /** The complexity fit of the reference's times, or null with fewer than 3 sizes. */
    Fit referenceFit() {
        List<SizeTiming> usable = complete();
        if (usable.size() < 3) {
            return null;
        }
        return ComplexityFitter.fit(
                usable.stream().map(SizeTiming::n).toList(),
                usable.stream().map(s -> median(s.referenceNs())).toList());
    }

    /**
     * The complexity fit of the learner's times, normalised by the reference's: learner/reference ratio times the
     * reference's own class. Memory-hierarchy effects that the machine imposes on both cancel out, so a learner
     * as linear as a linear reference is fitted linear. Sizes where the learner ran out of time rule out classes
     * that predict far less. Null with fewer than 3 complete sizes.
     */
    Fit learnerFit(ComplexityClass reference) {
        List<SizeTiming> usable = complete();
        if (usable.size() < 3) {
            return null;
        }
        Map<Long, Double> lowerBounds = new HashMap<>();
        sizes.stream().filter(SizeTiming::isIncomplete).forEach(s -> lowerBounds.put(s.n(), normalised(s, reference)));
        return ComplexityFitter.fit(
                usable.stream().map(SizeTiming::n).toList(),
                usable.stream().map(s -> normalised(s, reference)).toList(),
                lowerBounds);
    }

    private static double normalised(SizeTiming size, ComplexityClass reference) {
        return median(size.learnerNs()) / median(size.referenceNs()) * reference.growth(size.n());
    }

    List<Long> sizesN() {
        return complete().stream().map(SizeTiming::n).toList();
    }

    List<Double> learnerMedians() {
        return complete().stream().map(s -> median(s.learnerNs())).toList();
    }

    List<SizeSample> samples() {
        return sizes.stream()
                .map(s -> new SizeSample(
                        s.n(),
                        median(s.learnerNs()) / 1e9,
                        median(s.referenceNs()) / 1e9,
                        PerformanceScorer.round(ratioOf(s)),
                        PerformanceScorer.round(spread(s))))
                .toList();
    }

    /** Interquartile range of the ratios over their median (0 with fewer than 4 rounds). */
    static double spread(SizeTiming size) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(size.learnerNs().size(), size.referenceNs().size()); i++) {
            ratios.add(size.learnerNs().get(i) / size.referenceNs().get(i));
        }
        if (ratios.size() < 4) {
            return 0;
        }
        ratios.sort(Double::compare);
        return (quantile(ratios, 0.75) - quantile(ratios, 0.25)) / quantile(ratios, 0.5);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return quantile(sorted, 0.5);
    }

    private static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (position - low);
    }
}
