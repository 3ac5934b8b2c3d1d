package dev.pygrade.grader.scoring;

import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.grader.performance.PerformanceScore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The one-line summary a learner reads first: "4 of 6 tests passed (7 of 10 points); 1 timed out". */
final class Summary {
    private static final Map<TestStatus, String> WORDS = Map.of(
            TestStatus.FAILED, "failed",
            TestStatus.TIMEOUT, "timed out",
            TestStatus.MEMORY_LIMIT, "used too much memory",
            TestStatus.OUTPUT_LIMIT, "printed too much",
            TestStatus.PROCESS_LIMIT, "started too many processes or threads",
            TestStatus.FILE_LIMIT, "hit a file limit",
            TestStatus.CRASHED, "crashed the interpreter or ended its process",
            TestStatus.ERROR, "could not run (not your fault)",
            TestStatus.SKIPPED, "skipped");

    private Summary() {}

    /**
     * @param limitMessage the supervisor's own explanation of the first limit reached ("your code used more than
     *     64 MiB"), shown even when that test is hidden because it names the limit, not the test's inputs
     */
    static String of(GradingStatus status, List<TestResult> tests, String limitMessage, PerformanceScore performance) {
        long passed =
                tests.stream().filter(t -> t.status() == TestStatus.PASSED).count();
        double score = tests.stream().mapToDouble(TestResult::score).sum();
        double max = tests.stream().mapToDouble(TestResult::maxScore).sum();
        StringBuilder text = new StringBuilder();
        text.append(passed).append(" of ").append(tests.size()).append(" tests passed (");
        text.append(number(score)).append(" of ").append(number(max)).append(" points)");
        Map<TestStatus, Long> others = tests.stream()
                .filter(t -> t.status() != TestStatus.PASSED)
                .collect(Collectors.groupingBy(TestResult::status, TreeMap::new, Collectors.counting()));
        if (!others.isEmpty()) {
            text.append("; ");
            text.append(others.entrySet().stream()
                    .map(e -> e.getValue() + " " + WORDS.get(e.getKey()))
                    .collect(Collectors.joining(", ")));
        }
        if (limitMessage != null && (status.isLimit() || status == GradingStatus.CRASHED)) {
            text.append(": ").append(limitMessage);
        }
        if (performance != null) {
            text.append("; performance ")
                    .append(number(performance.score()))
                    .append(" of ")
                    .append(number(performance.maxScore()))
                    .append(" points");
        }
        if (status == GradingStatus.PASSED) {
            text.append(". Well done!");
        }
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
