package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.exercise.BenchmarkSpec.TimeBudget;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeCount;

/** Speed against the reference: the ratio of counted instructions at the largest graded size. */
final class TimeCriterion {
    static final String NAME = "instructions, as a ratio to the reference";

    private TimeCriterion() {}

    /** @param refused why the counts earn nothing (unusable or tampered measurements, failing tests), or null */
    static Criterion judge(TimeBudget budget, InstructionCounts counts, String refused, boolean collectorOff) {
        String target = "at most " + PerformanceScorer.format(budget.maxRatio());
        if (refused != null) {
            return PerformanceScorer.criterion("time", NAME, null, target, "×", 0, budget.weight(), refused);
        }
        if (!counts.hasData()) {
            return PerformanceScorer.criterion(
                    "time", NAME, null, target, "×", 0, budget.weight(), "nothing could be counted");
        }
        if (collectorOff) {
            return PerformanceScorer.criterion(
                    "time",
                    NAME,
                    null,
                    target,
                    "×",
                    0,
                    budget.weight(),
                    "your code turned the garbage collector off while it was measured, so its count cannot be"
                            + " compared");
        }
        SizeCount largest = counts.largest();
        double ratio = counts.ratioAtLargest();
        if (largest.isIncomplete()) {
            return PerformanceScorer.criterion(
                    "time",
                    NAME,
                    "≥ " + PerformanceScorer.format(ratio),
                    target,
                    "×",
                    0,
                    budget.weight(),
                    "at n = " + largest.n() + " your code went beyond " + PerformanceScorer.format(ratio)
                            + "× the reference's instructions and was stopped");
        }
        double credit = PerformanceScorer.credit(budget, ratio);
        String why = String.format(
                "at n = %d your code executed %s× the reference's instructions (%,d against %,d)",
                largest.n(), PerformanceScorer.format(ratio), largest.learner(), largest.reference());
        return PerformanceScorer.criterion(
                "time", NAME, PerformanceScorer.format(ratio), target, "×", credit, budget.weight(), why);
    }
}
