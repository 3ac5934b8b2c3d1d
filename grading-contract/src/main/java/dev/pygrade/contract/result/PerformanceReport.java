package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Speed of the learner's code against the reference, measured side by side in one sandbox.
 *
 * @param sizes per input size: learner and reference seconds per call and their ratio
 * @param medianRatio median of learner/reference time over the timed sizes
 * @param learnerComplexity fitted complexity class of the learner's code, with its confidence
 * @param curves fitted curves as points a page can plot
 * @param summary one sentence for the learner
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PerformanceReport(
        List<Criterion> criteria,
        List<SizeSample> sizes,
        Double medianRatio,
        ComplexityFit learnerComplexity,
        ComplexityFit referenceComplexity,
        List<CurvePoint> curves,
        String summary) {

    public PerformanceReport {
        summary = FeedbackText.clean(summary);
    }

    /** Timings at one input size. */
    public record SizeSample(long n, double learnerSeconds, double referenceSeconds, double ratio, double spread) {}

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

    /** A point of a fitted curve: {@code series} is learner, reference, or a fitted class. */
    public record CurvePoint(String series, long n, double seconds) {}
}
