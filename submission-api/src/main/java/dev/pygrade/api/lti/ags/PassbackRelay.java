package dev.pygrade.api.lti.ags;

import dev.pygrade.api.lti.LtiConfig;
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
 * Sends due scores on one background thread. A commit that queued a score wakes it; a poll picks up retries whose
 * backoff ended. Each score is retried with its own backoff until the platform accepts it or max-attempts is
 * reached, when it is marked failed for admins to see ({@code GET /api/v1/lti/passbacks?status=failed}).
 */
@ApplicationScoped
public class PassbackRelay {
    private static final Logger LOG = Logger.getLogger(PassbackRelay.class);
    private static final int BATCH = 20;

    private final PassbackStore store;
    private final ScoreSender sender;
    private final LtiConfig config;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public PassbackRelay(PassbackStore store, ScoreSender sender, LtiConfig config) {
        this.store = store;
        this.sender = sender;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "lti-passback");
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

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) PassbackWritten event) {
        wake.release();
    }

    /** Wakes the relay now, e.g. after an admin asked for a retry. */
    public void wake() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(config.passback().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                List<PassbackStore.Due> due;
                do {
                    due = store.claimDue(BATCH);
                    due.forEach(this::send);
                } while (due.size() == BATCH && running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "LTI passback: relay loop failed; trying again");
            }
        }
    }

    private void send(PassbackStore.Due due) {
        long id = due.score().id;
        try {
            sender.send(due.score(), due.launch(), due.registration());
            store.sent(id);
            LOG.infof(
                    "LTI passback %d sent: submission %s attempt %d, %.2f/%.2f to %s",
                    id,
                    due.score().submissionId,
                    due.score().attempt,
                    due.score().scoreGiven,
                    due.score().scoreMaximum,
                    due.launch().lineitemUrl);
        } catch (PassbackFailure e) {
            PassbackRecord after = store.failed(id, e.getMessage());
            if (PassbackRecord.FAILED.equals(after.status)) {
                LOG.errorf("LTI passback %d failed for good after %d tries: %s", id, after.attempts, e.getMessage());
            } else {
                LOG.warnf(
                        "LTI passback %d try %d failed, next at %s: %s",
                        id, after.attempts, after.nextAttemptAt, e.getMessage());
            }
        }
    }
}
