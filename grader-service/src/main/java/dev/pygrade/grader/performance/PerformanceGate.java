package dev.pygrade.grader.performance;

import dev.pygrade.exercise.BenchmarkSpec;
import dev.pygrade.grader.sandbox.RunnerReport.RunnerTest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Performance points only for code that passes its tests. The tests that count are those that used what the
 * benchmark measures (its entry function, its classes); when no test says which names it used, every test counts.
 */
public final class PerformanceGate {
    private PerformanceGate() {}

    /** Why no performance criterion may earn anything ("your `dedupe` failed 2 of its 5 tests ..."), or null. */
    public static String reason(BenchmarkSpec spec, List<RunnerTest> tests) {
        Set<String> measured = new LinkedHashSet<>();
        if (spec.entry() != null) {
            measured.add(spec.entry());
        }
        if (spec.instances() != null) {
            measured.add(spec.instances().className());
        }
        if (spec.slots() != null) {
            measured.addAll(spec.slots().classes());
        }
        List<RunnerTest> relevant = tests.stream()
                .filter(t -> t.usesOrEmpty().stream().anyMatch(measured::contains))
                .toList();
        if (relevant.isEmpty()) {
            relevant = tests;
        }
        long failing =
                relevant.stream().filter(t -> !"passed".equals(t.outcome())).count();
        if (failing == 0) {
            return null;
        }
        String names = measured.isEmpty()
                ? "your code"
                : "your "
                        + String.join(
                                ", ", measured.stream().map(n -> "`" + n + "`").toList());
        return names + " failed " + failing + " of its " + relevant.size()
                + " tests: performance points need every one of them to pass";
    }
}
