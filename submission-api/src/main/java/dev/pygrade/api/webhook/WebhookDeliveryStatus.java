package dev.pygrade.api.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a webhook delivery stands: waiting for its next try, delivered, or given up. */
public enum WebhookDeliveryStatus {
    PENDING("pending"),
    DELIVERED("delivered"),
    /** Out of tries (or refused); stays so until an admin retries it. */
    FAILED("failed");

    private final String wire;

    WebhookDeliveryStatus(String wire) {
        this.wire = wire;
    }

    /** The text stored in the status column and shown by the API. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The status with this wire name, if any (a query parameter, say). */
    public static Optional<WebhookDeliveryStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }
}
