package dev.pygrade.api.webhook;

import dev.pygrade.api.result.SubmissionGraded;
import dev.pygrade.api.submission.Submission;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.result.GradingStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * Writes a webhook delivery when a result is published, in the same transaction, at most once per (submission,
 * attempt): a redelivered result or a second confirmation never queues a second webhook.
 */
@ApplicationScoped
public class WebhookEnqueuer {
    private final Event<WebhookQueued> queued;

    public WebhookEnqueuer(Event<WebhookQueued> queued) {
        this.queued = queued;
    }

    void onGraded(@Observes SubmissionGraded graded) {
        Submission submission = Submission.findById(graded.submissionId());
        if (submission == null || submission.callbackUrl == null) {
            return;
        }
        Instant now = Instant.now();
        WebhookPayload payload = new WebhookPayload(
                WebhookPayload.GRADED,
                submission.id.toString(),
                graded.attempt(),
                submission.exerciseId,
                submission.learnerSubject,
                submission.courseId,
                graded.result().status().wire(),
                graded.result().score(),
                graded.result().maxScore(),
                graded.result().status() != GradingStatus.ERROR,
                now);
        int inserted = Panache.getEntityManager()
                .createNativeQuery("insert into webhook_delivery (submission_id, attempt, url, api_key_id, payload,"
                        + " status, tries, next_attempt_at, created_at) values (:submission, :attempt, :url, :key,"
                        + " :payload, :pending, 0, :now, :now) on conflict do nothing")
                .setParameter("submission", submission.id)
                .setParameter("attempt", graded.attempt())
                .setParameter("url", submission.callbackUrl)
                .setParameter("key", submission.apiKeyId)
                .setParameter("payload", ContractJson.write(payload))
                .setParameter("pending", WebhookDeliveryStatus.PENDING.wire()) // native SQL: no converter
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 1) {
            queued.fire(new WebhookQueued());
        }
    }
}
