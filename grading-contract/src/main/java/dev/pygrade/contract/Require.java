package dev.pygrade.contract;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** Field checks for the contract records; each failure names the record and the field. */
final class Require {
    private Require() {}

    static <T> T present(T value, String record, String field) {
        if (value == null) {
            throw new ContractViolationException(record + "." + field + " is required");
        }
        if (value instanceof CharSequence text && text.toString().isBlank()) {
            throw new ContractViolationException(record + "." + field + " must not be blank");
        }
        // Iterate rather than contains(null): immutable collections throw on a null probe.
        if (value instanceof Collection<?> items && items.stream().anyMatch(Objects::isNull)) {
            throw new ContractViolationException(record + "." + field + " must not contain null");
        }
        if (value instanceof Map<?, ?> entries
                && entries.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new ContractViolationException(record + "." + field + " must not contain null");
        }
        return value;
    }

    static void version(int actual, int supported, String record) {
        if (actual != supported) {
            throw new ContractViolationException(
                    record + ".schemaVersion " + actual + " is not supported (this build reads " + supported + ")");
        }
    }

    static void atLeast(long value, long minimum, String record, String field) {
        if (value < minimum) {
            throw new ContractViolationException(record + "." + field + " must be at least " + minimum);
        }
    }
}
