package dev.pygrade.api.webhook;

import dev.pygrade.api.relay.Relay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends due webhooks on a {@link Relay}: woken by each commit that queued one, and polling as a backstop (for
 * retries that come due and rows left by a crash). Each delivery keeps its own backoff ({@link WebhookStore}).
 */
@ApplicationScoped
public class WebhookRelay {
    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);

    private final WebhookStore store;
    private final WebhookSender sender;
    private final Relay relay;

    public WebhookRelay(WebhookStore store, WebhookSender sender, WebhookConfig config) {
        this.store = store;
        this.sender = sender;
        this.relay = new Relay(
                "webhooks",
                config.pollInterval(),
                config.batchSize(),
                Relay.batchBackoff(config.pollInterval()),
                this::deliverDue);
    }

    void start(@Observes StartupEvent event) {
        relay.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        relay.stop();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued event) {
        relay.wake();
    }

    private int deliverDue(int limit) {
        List<WebhookStore.Claimed> due = store.claimDue(limit);
        due.forEach(this::deliver);
        return due.size();
    }

    private void deliver(WebhookStore.Claimed delivery) {
        WebhookSender.Outcome outcome = sender.send(delivery);
        if (outcome.delivered()) {
            store.delivered(delivery.id(), outcome.statusCode());
        } else {
            store.failed(
                    delivery.id(),
                    outcome.statusCode() == 0 ? null : outcome.statusCode(),
                    outcome.error(),
                    outcome.refused());
            LOG.infof(
                    "webhooks: delivery %d (try %d) not taken: %s",
                    delivery.id(), delivery.tries() + 1, outcome.error());
        }
    }
}
