package dev.pygrade.grader.performance;

import dev.pygrade.contract.result.Criterion;
import dev.pygrade.contract.result.MemoryReport;
import dev.pygrade.contract.result.MemoryReport.SlotsCheck;
import dev.pygrade.exercise.BenchmarkSpec;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.InstanceFigures;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.MemoryFigures;
import dev.pygrade.grader.sandbox.BenchmarkMeasurements.SlotsFigure;
import java.util.List;

/**
 * Memory criteria. tracemalloc's figure is graded unless the kernel's peak of an untraced run contradicts it
 * (tracing switched off, or the kernel saw far more): then the kernel's figure is graded, so a patched or stopped
 * tracemalloc can only lose points.
 */
final class MemoryCriteria {
    private static final long KERNEL_SLACK = 1024 * 1024;

    private MemoryCriteria() {}

    /** @param unusable why the memory figures earn nothing (a result that differs, a changed input), or null */
    static void judge(BenchmarkSpec spec, BenchmarkMeasurements measured, String unusable, List<Criterion> criteria) {
        if (spec.memory() != null) {
            criteria.add(peak(spec.memory(), measured == null ? null : measured.memory(), unusable, measured));
        }
        if (spec.instances() != null) {
            criteria.add(
                    instances(spec.instances(), measured == null ? null : measured.instances(), unusable, measured));
        }
        if (spec.slots() != null) {
            criteria.add(slots(spec.slots(), measured == null ? null : measured.slots()));
        }
    }

    static MemoryReport report(List<Criterion> criteria, BenchmarkMeasurements measured) {
        MemoryFigures memory = measured != null ? measured.memory() : null;
        InstanceFigures instances = measured != null ? measured.instances() : null;
        List<SlotsCheck> slots = measured != null && measured.slots() != null
                ? measured.slots().stream()
                        .map(s -> new SlotsCheck(s.className(), s.declaresSlots(), s.instancesHaveDict()))
                        .toList()
                : null;
        String summary = criteria.stream()
                .filter(c -> !c.verdict().equals("met"))
                .map(Criterion::explanation)
                .findFirst()
                .orElse("memory use is within every budget");
        return new MemoryReport(
                criteria,
                memory != null ? graded(memory.learnerTraced(), memory.learnerKernel(), memory.learnerTracing()) : null,
                memory != null ? memory.referenceTraced() : null,
                memory != null ? memory.learnerKernel() : null,
                instances != null && instances.count() > 0
                        ? PerformanceScorer.round((double) graded(
                                        instances.learnerTraced(),
                                        instances.learnerKernel(),
                                        instances.learnerTracing())
                                / instances.count())
                        : null,
                slots,
                summary);
    }

    private static Criterion peak(
            BenchmarkSpec.MemoryBudget budget, MemoryFigures figures, String unusable, BenchmarkMeasurements measured) {
        String name = "peak memory of one call (n = " + budget.size() + ")";
        String target = "at most " + bytes(budget.maxPeakBytes());
        if (unusable != null || figures == null) {
            return PerformanceScorer.criterion(
                    "memory",
                    name,
                    null,
                    target,
                    "bytes",
                    0,
                    budget.weight(),
                    unusable != null ? unusable : whyMissing(measured));
        }
        long graded = graded(figures.learnerTraced(), figures.learnerKernel(), figures.learnerTracing());
        String why = "your code's peak was " + bytes(graded) + "; the reference's " + bytes(figures.referenceTraced())
                + crossCheck(figures.learnerTraced(), figures.learnerKernel(), figures.learnerTracing());
        return PerformanceScorer.criterion(
                "memory",
                name,
                String.valueOf(graded),
                target,
                "bytes",
                graded <= budget.maxPeakBytes() ? 1 : 0,
                budget.weight(),
                why);
    }

    private static Criterion instances(
            BenchmarkSpec.InstancesBudget budget,
            InstanceFigures figures,
            String unusable,
            BenchmarkMeasurements measured) {
        String name = "bytes per " + budget.className() + " instance";
        String target = "at most " + PerformanceScorer.format(budget.maxBytes());
        if (unusable != null || figures == null || figures.count() == 0) {
            return PerformanceScorer.criterion(
                    "instances",
                    name,
                    null,
                    target,
                    "bytes",
                    0,
                    budget.weight(),
                    unusable != null ? unusable : whyMissing(measured));
        }
        double perInstance = (double) graded(figures.learnerTraced(), figures.learnerKernel(), figures.learnerTracing())
                / figures.count();
        String why = String.format(
                "%d instances of %s took %s bytes each; the reference's %s%s",
                figures.count(),
                budget.className(),
                PerformanceScorer.format(perInstance),
                PerformanceScorer.format((double) figures.referenceTraced() / figures.count()),
                crossCheck(figures.learnerTraced(), figures.learnerKernel(), figures.learnerTracing()));
        return PerformanceScorer.criterion(
                "instances",
                name,
                PerformanceScorer.format(perInstance),
                target,
                "bytes",
                perInstance <= budget.maxBytes() ? 1 : 0,
                budget.weight(),
                why);
    }

    private static Criterion slots(BenchmarkSpec.SlotsBudget budget, List<SlotsFigure> figures) {
        String target = "__slots__ in " + String.join(", ", budget.classes());
        if (figures == null) {
            return PerformanceScorer.criterion(
                    "slots", "__slots__", null, target, null, 0, budget.weight(), "the classes could not be inspected");
        }
        long good = figures.stream()
                .filter(f -> f.declaresSlots() && !f.instancesHaveDict())
                .count();
        List<String> without = figures.stream()
                .filter(f -> !f.declaresSlots() || f.instancesHaveDict())
                .map(f -> f.className() + (f.declaresSlots() ? " (its instances still have a __dict__)" : ""))
                .toList();
        String why = without.isEmpty()
                ? "every class uses __slots__: its instances have no __dict__"
                : "without __slots__: " + String.join(", ", without);
        return PerformanceScorer.criterion(
                "slots",
                "__slots__",
                good + " of " + figures.size(),
                target,
                null,
                (double) good / budget.classes().size(),
                budget.weight(),
                why);
    }

    /** tracemalloc's figure, unless the kernel's contradicts it. */
    static long graded(long traced, long kernel, boolean tracing) {
        return contradicted(traced, kernel, tracing) ? kernel : traced;
    }

    private static boolean contradicted(long traced, long kernel, boolean tracing) {
        return !tracing || kernel > 2 * traced + KERNEL_SLACK;
    }

    private static String crossCheck(long traced, long kernel, boolean tracing) {
        if (!tracing) {
            return " (tracemalloc was switched off during the run, so the kernel's figure counts)";
        }
        if (contradicted(traced, kernel, true)) {
            return " (tracemalloc reported " + bytes(traced) + " but the kernel saw " + bytes(kernel)
                    + ", so the kernel's figure counts)";
        }
        return "";
    }

    private static String whyMissing(BenchmarkMeasurements measured) {
        return measured != null && measured.error() != null ? measured.error() : "memory could not be measured";
    }

    static String bytes(long value) {
        if (value >= 1024 * 1024) {
            return PerformanceScorer.format(value / (1024.0 * 1024)) + " MiB";
        }
        if (value >= 1024) {
            return PerformanceScorer.format(value / 1024.0) + " KiB";
        }
        return value + " bytes";
    }
}
