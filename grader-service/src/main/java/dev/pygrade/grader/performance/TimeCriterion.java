package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.exercise.BenchmarkSpec.TimeBudget;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeTiming;

/** Speed against the reference: the median of interleaved time ratios at the largest size. */
final class TimeCriterion {
    static final String NAME = "time ratio to the reference";

    private TimeCriterion() {}

    static Criterion judge(TimeBudget budget, Timings timings, String unusable, BenchmarkMeasurements measured) {
        String target = "at most " + PerformanceScorer.format(budget.maxRatio());
        if (unusable != null) {
            return PerformanceScorer.criterion("time", NAME, null, target, "×", 0, budget.weight(), unusable);
        }
        if (!timings.hasData()) {
            return PerformanceScorer.criterion(
                    "time", NAME, null, target, "×", 0, budget.weight(), "nothing could be timed");
        }
        if (measured.gcTampered()) {
            return PerformanceScorer.criterion(
                    "time",
                    NAME,
                    null,
                    target,
                    "×",
                    0,
                    budget.weight(),
                    "your code turned the garbage collector off while it was timed, so its time cannot be compared");
        }
        SizeTiming largest = timings.largest();
        double ratio = timings.ratioAtLargest();
        if (largest.isIncomplete()) {
            return PerformanceScorer.criterion(
                    "time",
                    NAME,
                    "≥ " + PerformanceScorer.format(ratio),
                    target,
                    "×",
                    0,
                    budget.weight(),
                    "at n = " + largest.n() + " your code ran out of time: it is at least "
                            + PerformanceScorer.format(ratio) + "× slower than the reference");
        }
        double credit = PerformanceScorer.credit(budget, ratio);
        String why = String.format(
                "at n = %d your code took %s× the reference's time (median of %d interleaved runs)",
                largest.n(),
                PerformanceScorer.format(ratio),
                largest.learnerNs().size());
        return PerformanceScorer.criterion(
                "time", NAME, PerformanceScorer.format(ratio), target, "×", credit, budget.weight(), why);
    }
}
