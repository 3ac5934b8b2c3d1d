package dev.pygrade.api.webhook;

import java.time.Instant;

/** A webhook delivery as admins see it (the body and signature are not repeated here). */
public record WebhookDeliveryView(
        long id,
        String submissionId,
        int attempt,
        String url,
        String status,
        int tries,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt) {

    public static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(
                d.id,
                d.submissionId.toString(),
                d.attempt,
                d.url,
                d.status.wire(),
                d.tries,
                d.lastStatusCode,
                d.lastError,
                d.nextAttemptAt,
                d.createdAt,
                d.deliveredAt);
    }
}
