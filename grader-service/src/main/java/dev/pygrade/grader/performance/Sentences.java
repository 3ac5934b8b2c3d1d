package dev.pygrade.grader.performance;

import dev.pygrade.grader.performance.ComplexityFitter.Fit;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeCount;
import java.util.List;

/** The plain-language sentence about speed: "your solution is quadratic: doubling n made it 4.1× more work ...". */
final class Sentences {
    private Sentences() {}

    static String speed(InstructionCounts counts, Fit learner, Fit reference, String refused) {
        if (refused != null) {
            return refused;
        }
        if (!counts.hasData()) {
            return "nothing could be counted";
        }
        StringBuilder text = new StringBuilder();
        if (learner != null) {
            text.append("your solution is ").append(learner.best().word());
            List<SizeCount> fitted = counts.fitted();
            double factor = ComplexityFitter.doublingFactor(
                    fitted.stream().map(SizeCount::n).toList(),
                    fitted.stream().map(s -> s.learner().doubleValue()).toList());
            text.append(String.format(": doubling n made it %.1f× the work", factor));
            if (reference != null) {
                text.append("; the reference is ").append(reference.best().word());
            }
            text.append(". ");
        }
        text.append(String.format(
                "At n = %d it executed %s× the reference's instructions%s.",
                counts.largest().n(),
                PerformanceScorer.format(counts.ratioAtLargest()),
                counts.largest().isIncomplete() ? " at least (it was stopped there)" : ""));
        return text.toString();
    }
}
