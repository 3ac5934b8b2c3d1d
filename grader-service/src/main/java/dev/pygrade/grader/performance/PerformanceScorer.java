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
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SizeCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the supervisor's measurements against the exercise's budgets: instructions against the reference (at the
 * largest graded size, with partial-credit bands), complexity class, memory peak, bytes per instance and __slots__.
 * Each criterion says what was measured, the target, the verdict and why. No criterion earns anything while a test
 * of the measured code fails: benchmark calls can be told from test calls (the benchmark runs under valgrind), so
 * code that did well only when measured must not gain from it.
 */
public final class PerformanceScorer {
    private PerformanceScorer() {}

    /**
     * @param failingTests why the tests that use the measured code keep every criterion at zero ({@link
     *     PerformanceGate}), or null
     */
    public static PerformanceScore score(BenchmarkSpec spec, BenchmarkMeasurements measured, String failingTests) {
        List<Criterion> speed = new ArrayList<>();
        List<Criterion> memory = new ArrayList<>();
        InstructionCounts counts = InstructionCounts.of(measured, spec.sizes());
        String unusable = measured == null ? "the benchmark did not run" : unusable(measured);
        String refused = unusable;
        Fit learnerFit = counts.learnerFit();
        Fit referenceFit = counts.referenceFit();
        boolean collectorOff = measured != null
                && measured.counts() != null
                && measured.counts().collectorLeftOff();
        if (spec.time() != null) {
            speed.add(TimeCriterion.judge(spec.time(), counts, refused, collectorOff));
        }
        if (spec.complexity() != null) {
            speed.add(ComplexityCriterion.judge(spec.complexity(), learnerFit, referenceFit, refused));
        }
        MemoryCriteria.judge(spec, measured, memoryUnusable(measured), memory);
        if (failingTests != null) {
            speed = withheld(speed, failingTests);
            memory = withheld(memory, failingTests);
        }
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
                        counts.samples(),
                        counts.hasData() ? round(counts.ratioAtLargest()) : null,
                        fitOf(learnerFit),
                        fitOf(referenceFit),
                        curves(counts, learnerFit),
                        Sentences.speed(counts, learnerFit, referenceFit, refused)
                                + (failingTests != null ? " No performance points: " + failingTests + "." : ""));
        MemoryReport memoryReport = memory.isEmpty() ? null : MemoryCriteria.report(memory, measured);
        return new PerformanceScore(performance, memoryReport, score, max);
    }

    /**
     * Why the counts earn nothing (work outside the measured calls, a count too small for its CPU time, any error of
     * the benchmark: a crash, a wrong result, a changed input, a broken channel), or null.
     */
    static String unusable(BenchmarkMeasurements measured) {
        if (measured.counts() != null && measured.counts().tampered() != null) {
            return "the count cannot be trusted: " + measured.counts().tampered();
        }
        return measured.error(); // a crash, a wrong result, a changed input, a broken channel: nothing to grade
    }

    /** Why the memory figures cannot be trusted (a result that differs, a changed input), or null. */
    private static String memoryUnusable(BenchmarkMeasurements measured) {
        if (measured == null) {
            return "the benchmark did not run";
        }
        String error = measured.error();
        return error != null && (error.contains("differs") || error.contains("changed its input")) ? error : null;
    }

    /** The criteria as measured, but earning nothing: the measured code fails some of its tests. */
    private static List<Criterion> withheld(List<Criterion> criteria, String failingTests) {
        return criteria.stream()
                .map(c -> new Criterion(
                        c.key(),
                        c.name(),
                        c.measured(),
                        c.target(),
                        c.unit(),
                        "missed",
                        0,
                        c.maxScore(),
                        "no points: " + failingTests + (c.explanation() != null ? " (" + c.explanation() + ")" : "")))
                .toList();
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
                return "the counts cannot rule out " + other.notation();
            }
        }
        return null;
    }

    private static List<CurvePoint> curves(InstructionCounts counts, Fit learnerFit) {
        List<CurvePoint> points = new ArrayList<>();
        for (SizeCount size : counts.complete()) {
            points.add(new CurvePoint("learner", size.n(), size.learner()));
            points.add(new CurvePoint("reference", size.n(), size.reference()));
            if (learnerFit != null) {
                points.add(new CurvePoint(
                        "fit " + learnerFit.best().notation(), size.n(), Math.max(0, learnerFit.predict(size.n()))));
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
