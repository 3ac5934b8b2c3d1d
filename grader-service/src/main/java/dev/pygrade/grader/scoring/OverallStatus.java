package dev.pygrade.grader.scoring;

import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.grader.performance.PerformanceScore;
import java.util.List;

/**
 * The overall status of a grading: passed when every test passed and every performance criterion was met;
 * otherwise the most telling limit any test hit (a memory blow-up says more than the failures it caused), else
 * failed.
 */
final class OverallStatus {
    private static final List<TestStatus> BY_PRIORITY = List.of(
            TestStatus.MEMORY_LIMIT,
            TestStatus.PROCESS_LIMIT,
            TestStatus.FILE_LIMIT,
            TestStatus.OUTPUT_LIMIT,
            TestStatus.TIMEOUT,
            TestStatus.CRASHED,
            TestStatus.ERROR);

    private OverallStatus() {}

    /** Passed needs every test passed and every performance criterion met (or not gradable from the data). */
    static GradingStatus of(List<TestResult> tests, PerformanceScore performance) {
        if (tests.isEmpty()) {
            return GradingStatus.ERROR;
        }
        if (tests.stream().allMatch(t -> t.status() == TestStatus.PASSED)) {
            return performance == null || performance.score() >= performance.maxScore()
                    ? GradingStatus.PASSED
                    : GradingStatus.FAILED;
        }
        for (TestStatus status : BY_PRIORITY) {
            if (tests.stream().anyMatch(t -> t.status() == status)) {
                return GradingStatus.fromWire(status.wire());
            }
        }
        return GradingStatus.FAILED;
    }
}
