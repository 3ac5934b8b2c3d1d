package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.pygrade.contract.ContractViolationException;

/** Outcome of one test. The limit statuses say which limit the learner's code reached during the test. */
public enum TestStatus {
    PASSED("passed"),
    FAILED("failed"),
    /** The test could not run for reasons of the exercise or the grader, not of the learner. */
    ERROR("error"),
    TIMEOUT("timeout"),
    MEMORY_LIMIT("memory-limit"),
    OUTPUT_LIMIT("output-limit"),
    PROCESS_LIMIT("process-limit"),
    FILE_LIMIT("file-limit"),
    CRASHED("crashed"),
    SKIPPED("skipped");

    private final String wire;

    TestStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static TestStatus fromWire(String value) {
        for (TestStatus status : values()) {
            if (status.wire.equals(value)) {
                return status;
            }
        }
        throw new ContractViolationException("unknown test status '" + value + "'");
    }
}
