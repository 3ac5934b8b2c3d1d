package dev.pygrade.api.lti.ags;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a score passback stands: waiting for its next try, accepted by the platform, or given up. */
public enum PassbackStatus {
    PENDING("pending"),
    SENT("sent"),
    /** Out of tries; stays so until an admin retries it. */
    FAILED("failed");

    private final String wire;

    PassbackStatus(String wire) {
        this.wire = wire;
    }

    /** The text stored in the status column and shown by the API. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The status with this wire name, if any (a query parameter, say). */
    public static Optional<PassbackStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }
}
