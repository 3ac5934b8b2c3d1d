package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.pygrade.contract.ContractViolationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Overall outcome of a grading. Everything but {@link #ERROR} is about the learner's code; {@code error} means
 * the grading itself failed for reasons of ours and does not count against the learner.
 */
public enum GradingStatus {
    PASSED("passed"),
    FAILED("failed"),
    /** Pygrade could not grade (engine down, image missing, broken exercise): not the learner's fault. */
    ERROR("error"),
    TIMEOUT("timeout"),
    MEMORY_LIMIT("memory-limit"),
    OUTPUT_LIMIT("output-limit"),
    PROCESS_LIMIT("process-limit"),
    FILE_LIMIT("file-limit"),
    /** The learner's interpreter died (segfault from runaway recursion, abort, killed itself). */
    CRASHED("crashed"),
    /** The submission was refused before running (not a gradable submission). */
    REJECTED("rejected");

    private final String wire;

    GradingStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static GradingStatus fromWire(String value) {
        for (GradingStatus status : values()) {
            if (status.wire.equals(value)) {
                return status;
            }
        }
        throw new ContractViolationException("unknown grading status '" + value + "', expected one of "
                + Arrays.stream(values()).map(GradingStatus::wire).collect(Collectors.joining(", ")));
    }

    /** True for the statuses that say a limit stopped the learner's code. */
    public boolean isLimit() {
        return switch (this) {
            case TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT, PROCESS_LIMIT, FILE_LIMIT -> true;
            default -> false;
        };
    }
}
