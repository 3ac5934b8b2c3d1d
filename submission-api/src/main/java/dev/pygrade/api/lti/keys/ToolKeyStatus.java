package dev.pygrade.api.lti.keys;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a signing key is in its rotation. */
public enum ToolKeyStatus {
    /** In the JWKS, not signing yet (new) or any more (replaced by a newer active key). */
    PUBLISHED("published"),
    /** Signs, and is in the JWKS. */
    ACTIVE("active"),
    /** Out of the JWKS for good. */
    RETIRED("retired");

    private final String wire;

    ToolKeyStatus(String wire) {
        this.wire = wire;
    }

    /** The text stored in the status column and shown by the API. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
