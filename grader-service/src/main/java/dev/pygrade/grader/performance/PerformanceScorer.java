package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.contract.result.MemoryReport;
import dev.pygrade.contract.result.PerformanceReport;
import dev.pygrade.contract.result.PerformanceReport.ComplexityFit;
import dev.pygrade.contract.result.PerformanceReport.CurvePoint;
import dev.pygrade.exercise.BenchmarkSpec;
import dev.pygrade.exercise.BenchmarkSpec.Band;
import dev.pygrade.grader.performance.ComplexityFitter.Fit;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the supervisor's measurements against the exercise's budgets: speed against the reference (median of
 * interleaved ratios at the largest size, with partial-credit bands), complexity class, memory peak, bytes per
 * instance and __slots__. Each criterion says what was measured, the target, the verdict and why.
 */
public final class PerformanceScorer {
    private PerformanceScorer() {}

    public static PerformanceScore score(BenchmarkSpec spec, BenchmarkMeasurements measured) {
        List<Criterion> speed = new ArrayList<>();
        List<Criterion> memory = new ArrayList<>();
        Timings timings = measured != null ? Timings.of(measured) : Timings.none();
        String unusable = measured == null ? "the benchmark did not run" : unusable(measured);
        ComplexityClass referenceClass = ComplexityClass.of(
                spec.complexity() != null ? spec.complexity().reference() : ComplexityClass.LINEAR.notation());
        Fit learnerFit = timings.learnerFit(referenceClass);
        Fit referenceFit = timings.referenceFit();
        if (spec.time() != null) {
            speed.add(TimeCriterion.judge(spec.time(), timings, unusable, measured));
        }
        if (spec.complexity() != null) {
            speed.add(ComplexityCriterion.judge(spec.complexity(), timings, learnerFit, referenceFit, unusable));
        }
        MemoryCriteria.judge(spec, measured, unusable, memory);
        double score = 0;
        double max = 0;
        for (Criterion criterion : concat(speed, memory)) {
            score += criterion.score();
            max += criterion.maxScore();
        }
        PerformanceReport performance = speed.isEmpty()
                ? null
                : new PerformanceReport(
                        speed,
                        timings.samples(),
                        timings.hasData() ? round(timings.ratioAtLargest()) : null,
                        fitOf(learnerFit),
                        fitOf(referenceFit),
                        curves(timings, learnerFit),
                        Sentences.speed(timings, learnerFit, referenceFit, unusable));
        MemoryReport memoryReport = memory.isEmpty() ? null : MemoryCriteria.report(memory, measured);
        return new PerformanceScore(performance, memoryReport, score, max);
    }

    /** Why the measurements cannot be trusted at all (wrong results, a changed input), or null. */
    static String unusable(BenchmarkMeasurements measured) {
        String error = measured.error();
        if (error != null
                && (error.contains("differs")
                        || error.contains("changed its input")
                        || measured.sizesOrEmpty().isEmpty())) {
            return error;
        }
        return null;
    }

    static Criterion criterion(
            String key,
            String name,
            String measured,
            String target,
            String unit,
            double credit,
            double weight,
            String why) {
        String verdict = credit >= 1 ? "met" : credit > 0 ? "partial" : "missed";
        return new Criterion(key, name, measured, target, unit, verdict, round(weight * credit), weight, why);
    }

    static Criterion notGraded(String key, String name, String measured, String target, double weight, String why) {
        return new Criterion(key, name, measured, target, null, "not-graded", weight, weight, why);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.2f", value);
    }

    private static ComplexityFit fitOf(Fit fit) {
        return fit == null ? null : new ComplexityFit(fit.best().notation(), round(fit.confidence()), ambiguity(fit));
    }

    /** Names a neighbouring class the data cannot rule out (n against n log n, say), or null. */
    static String ambiguity(Fit fit) {
        for (ComplexityClass other : ComplexityClass.values()) {
            if (other.isNeighbourOf(fit.best()) && fit.weightOf(other) >= ComplexityCriterion.RULED_OUT) {
                return "the timings cannot rule out " + other.notation();
            }
        }
        return null;
    }

    private static List<CurvePoint> curves(Timings timings, Fit learnerFit) {
        List<CurvePoint> points = new ArrayList<>();
        for (SizeTiming size : timings.complete()) {
            points.add(new CurvePoint("learner", size.n(), Timings.median(size.learnerNs()) / 1e9));
            points.add(new CurvePoint("reference", size.n(), Timings.median(size.referenceNs()) / 1e9));
            if (learnerFit != null) {
                points.add(new CurvePoint(
                        "fit " + learnerFit.best().notation(), size.n(), learnerFit.predict(size.n()) / 1e9));
            }
        }
        return points;
    }

    private static List<Criterion> concat(List<Criterion> a, List<Criterion> b) {
        List<Criterion> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Credit of a ratio under a time budget: 1 within max_ratio, a band's credit within it, else 0. */
    static double credit(BenchmarkSpec.TimeBudget budget, double ratio) {
        if (ratio <= budget.maxRatio()) {
            return 1;
        }
        for (Band band : budget.bands()) {
            if (ratio <= band.maxRatio()) {
                return band.credit();
            }
        }
        return 0;
    }
}
