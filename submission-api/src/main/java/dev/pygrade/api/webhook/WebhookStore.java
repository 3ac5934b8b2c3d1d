package dev.pygrade.api.webhook;

import dev.pygrade.api.auth.ApiKey;
import dev.pygrade.api.relay.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The webhook outbox's transactions. Due rows are claimed (locked, skipping rows another instance holds, and
 * pushed back by a lease) before the HTTP call, so no transaction stays open while a receiver is slow, and a crash
 * mid-send only delays the next try until the lease ends: at-least-once.
 */
@ApplicationScoped
public class WebhookStore {
    private final WebhookConfig config;

    public WebhookStore(WebhookConfig config) {
        this.config = config;
    }

    /** A claimed delivery: where to POST what, signed with which secret (null when the key is gone). */
    public record Claimed(long id, String url, String payload, String secret, int tries) {}

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Claimed> claimDue(int limit) {
        Instant now = Instant.now();
        List<WebhookDelivery> due = WebhookDelivery.getEntityManager()
                .createNativeQuery(
                        "select * from webhook_delivery where status = :pending and next_attempt_at <= :now"
                                + " order by next_attempt_at, id limit :limit for update skip locked",
                        WebhookDelivery.class)
                .setParameter("pending", WebhookDeliveryStatus.PENDING.wire()) // native SQL: no converter
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        Instant leaseEnd = now.plus(config.timeout().multipliedBy(2)).plusSeconds(5);
        return due.stream()
                .map(d -> {
                    d.nextAttemptAt = leaseEnd;
                    ApiKey key = d.apiKeyId == null ? null : ApiKey.findById(d.apiKeyId);
                    return new Claimed(d.id, d.url, d.payload, key == null ? null : key.webhookSecret, d.tries);
                })
                .toList();
    }

    @Transactional
    public void delivered(long id, int statusCode) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        delivery.tries++;
        delivery.status = WebhookDeliveryStatus.DELIVERED;
        delivery.deliveredAt = Instant.now();
        delivery.lastStatusCode = statusCode;
        delivery.lastError = null;
    }

    /**
     * Counts a failed try; retries after a backoff, or gives up (failed) after the last allowed try. A refused target
     * fails at once: trying it again would only knock on an internal address again (an admin can still retry).
     */
    @Transactional
    public void failed(long id, Integer statusCode, String error, boolean refused) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        delivery.tries++;
        delivery.lastStatusCode = statusCode;
        delivery.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (refused || delivery.tries >= config.maxAttempts()) {
            delivery.status = WebhookDeliveryStatus.FAILED;
        } else {
            delivery.nextAttemptAt = Instant.now().plus(backoff(delivery.tries));
        }
    }

    /** An admin's retry of a failed delivery: pending again, due now, with a fresh set of tries. */
    @Transactional
    public WebhookDelivery retry(long id) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        if (delivery != null && delivery.status != WebhookDeliveryStatus.DELIVERED) {
            delivery.status = WebhookDeliveryStatus.PENDING;
            delivery.tries = 0;
            delivery.nextAttemptAt = Instant.now();
        }
        return delivery;
    }

    Duration backoff(int tries) {
        return new Backoff(config.initialBackoff(), config.maxBackoff()).after(tries);
    }
}
