package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.pygrade.contract.ContractViolationException;

/** Whether the learner may see a test's source, inputs and messages, or only its outcome and hint. */
public enum Visibility {
    VISIBLE("visible"),
    HIDDEN("hidden");

    private final String wire;

    Visibility(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Visibility fromWire(String value) {
        for (Visibility visibility : values()) {
            if (visibility.wire.equals(value)) {
                return visibility;
            }
        }
        throw new ContractViolationException("unknown visibility '" + value + "', expected visible or hidden");
    }
}
