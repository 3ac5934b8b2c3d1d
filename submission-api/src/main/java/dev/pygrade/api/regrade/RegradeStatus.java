package dev.pygrade.api.regrade;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a regrade stands: a preview until an admin confirms or discards it. */
public enum RegradeStatus {
    PREVIEW("preview"),
    CONFIRMED("confirmed"),
    DISCARDED("discarded");

    private final String wire;

    RegradeStatus(String wire) {
        this.wire = wire;
    }

    /** The text stored in the status column and shown by the API. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
