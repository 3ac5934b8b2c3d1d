package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Speed of the learner's code against the reference, as instructions counted by valgrind's callgrind: one call per
 * input size, the same every run on any machine.
 *
 * @param sizes per input size: the learner's and the reference's instructions and their ratio
 * @param ratio learner/reference instructions at the largest graded size (a lower bound if the learner's code was
 *     stopped before it)
 * @param learnerComplexity fitted complexity class of the learner's code, with its confidence
 * @param curves instructions per size, and the fitted curve, as points a page can plot
 * @param summary one sentence for the learner
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PerformanceReport(
        List<Criterion> criteria,
        List<SizeSample> sizes,
        Double ratio,
        ComplexityFit learnerComplexity,
        ComplexityFit referenceComplexity,
        List<CurvePoint> curves,
        String summary) {

    public PerformanceReport {
        summary = FeedbackText.clean(summary);
    }

    /**
     * One input size.
     *
     * @param learnerInstructions instructions of the learner's call (with {@code incomplete}, the allowance it went
     *     beyond: a lower bound)
     * @param learnerCpuSeconds CPU time of the learner's call under callgrind: a secondary figure, machine-dependent
     * @param incomplete the learner's call went beyond its allowance and was stopped
     */
    public record SizeSample(
            long n,
            long learnerInstructions,
            long referenceInstructions,
            double ratio,
            Double learnerCpuSeconds,
            boolean incomplete) {}

    /**
     * A fitted complexity class.
     *
     * @param complexityClass e.g. {@code O(n log n)}
     * @param confidence 0..1, how much better this class explains the data than the next best
     */
    public record ComplexityFit(String complexityClass, double confidence, String note) {
        public ComplexityFit {
            note = FeedbackText.clean(note);
        }
    }

    /** A point of a curve: {@code series} is learner, reference, or a fitted class ("fit O(n)"). */
    public record CurvePoint(String series, long n, double instructions) {}
}
