package dev.pygrade.grader.performance;

import dev.pygrade.grader.performance.ComplexityFitter.Fit;

/** The plain-language sentence about speed: "your solution is quadratic: doubling n made it 4.1× slower ...". */
final class Sentences {
    private Sentences() {}

    static String speed(Timings timings, Fit learner, Fit reference, String unusable) {
        if (unusable != null) {
            return unusable;
        }
        if (!timings.hasData()) {
            return "nothing could be timed";
        }
        StringBuilder text = new StringBuilder();
        if (learner != null) {
            text.append("your solution is ").append(learner.best().word());
            if (timings.sizesN().size() >= 2) {
                double factor = ComplexityFitter.doublingFactor(timings.sizesN(), timings.learnerMedians());
                text.append(String.format(": doubling n made it %.1f× slower", factor));
            }
            if (reference != null) {
                text.append("; the reference is ").append(reference.best().word());
            }
            text.append(". ");
        }
        text.append(String.format(
                "At n = %d it took %s× the reference's time%s.",
                timings.largest().n(),
                PerformanceScorer.format(timings.ratioAtLargest()),
                timings.largest().isIncomplete() ? " at least (it ran out of time)" : ""));
        return text.toString();
    }
}
