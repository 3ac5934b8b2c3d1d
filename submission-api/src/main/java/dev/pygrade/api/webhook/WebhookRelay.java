package dev.pygrade.api.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends due webhooks on one background thread: woken by each commit that queued one, and polling as a backstop
 * (for retries that come due and rows left by a crash).
 */
@ApplicationScoped
public class WebhookRelay {
    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);

    private final WebhookStore store;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public WebhookRelay(WebhookStore store, WebhookSender sender, WebhookConfig config) {
        this.store = store;
        this.sender = sender;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "webhook-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued event) {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                List<WebhookStore.Claimed> due;
                do {
                    due = store.claimDue(config.batchSize());
                    for (WebhookStore.Claimed delivery : due) {
                        deliver(delivery);
                    }
                } while (running && due.size() == config.batchSize());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("webhooks: a round failed (%s); trying again at the next poll", e.getMessage());
            }
        }
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
