package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.exercise.BenchmarkSpec.ComplexityBudget;
import dev.pygrade.grader.performance.ComplexityFitter.Fit;
import java.util.List;

/**
 * Complexity class of the learner's instruction counts. Counts are exact, but a class's own code still strays from
 * its ideal curve a little (hash tables resize, caches of the interpreter warm up), so neighbouring classes
 * (1 / log n / n / n log n) are held against the learner only when the fit rules the allowed class out; n against n²
 * always is.
 */
final class ComplexityCriterion {
    static final String NAME = "complexity";
    /** Below this Akaike weight an allowed class counts as ruled out by the data. */
    static final double RULED_OUT = 0.05;

    private ComplexityCriterion() {}

    static Criterion judge(ComplexityBudget budget, Fit learner, Fit reference, String unusable) {
        String target = String.join(" or ", budget.allowed());
        if (unusable != null) {
            return PerformanceScorer.criterion("complexity", NAME, null, target, null, 0, budget.weight(), unusable);
        }
        if (learner == null) {
            return PerformanceScorer.criterion(
                    "complexity", NAME, null, target, null, 0, budget.weight(), "fewer than 3 sizes could be counted");
        }
        List<ComplexityClass> allowed =
                budget.allowed().stream().map(ComplexityClass::of).toList();
        String measured = learner.best().notation();
        String confidence = String.format(" (confidence %.0f%%)", 100 * learner.confidence());
        if (allowed.contains(learner.best())) {
            return PerformanceScorer.criterion(
                    "complexity",
                    NAME,
                    measured,
                    target,
                    null,
                    1,
                    budget.weight(),
                    "your code grows as " + measured + confidence);
        }
        for (ComplexityClass candidate : allowed) {
            if (candidate.isNeighbourOf(learner.best()) && learner.weightOf(candidate) >= RULED_OUT) {
                return PerformanceScorer.notGraded(
                        "complexity",
                        NAME,
                        measured,
                        target,
                        budget.weight(),
                        "the counts fit " + measured + " best but cannot rule out " + candidate.notation()
                                + ", so this is not held against you");
            }
        }
        String referenceWord =
                reference != null ? "; the reference is " + reference.best().word() : "";
        return PerformanceScorer.criterion(
                "complexity",
                NAME,
                measured,
                target,
                null,
                0,
                budget.weight(),
                "your code grows as " + measured + confidence + referenceWord);
    }
}
