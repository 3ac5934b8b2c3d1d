package dev.pygrade.grader.scoring;

import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import java.util.List;

/**
 * The overall status of a grading: passed when every test passed; otherwise the most telling limit any test hit
 * (a memory blow-up says more than the failures it caused), else failed.
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

    static GradingStatus of(List<TestResult> tests) {
        if (tests.isEmpty()) {
            return GradingStatus.ERROR;
        }
        if (tests.stream().allMatch(t -> t.status() == TestStatus.PASSED)) {
            return GradingStatus.PASSED;
        }
        for (TestStatus status : BY_PRIORITY) {
            if (tests.stream().anyMatch(t -> t.status() == status)) {
                return GradingStatus.fromWire(status.wire());
            }
        }
        return GradingStatus.FAILED;
    }
}
