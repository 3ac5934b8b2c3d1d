package dev.pygrade.api.lti.ags;

import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.relay.Relay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends due scores on a {@link Relay}. A commit that queued a score wakes it; a poll picks up retries whose
 * backoff ended. Each score is retried with its own backoff until the platform accepts it or max-attempts is
 * reached, when it is marked failed for admins to see ({@code GET /api/v1/lti/passbacks?status=failed}).
 */
@ApplicationScoped
public class PassbackRelay {
    private static final Logger LOG = Logger.getLogger(PassbackRelay.class);

    private final PassbackStore store;
    private final ScoreSender sender;
    private final Relay relay;

    public PassbackRelay(PassbackStore store, ScoreSender sender, LtiConfig config) {
        this.store = store;
        this.sender = sender;
        LtiConfig.Passback passback = config.passback();
        this.relay = new Relay(
                "lti-passback",
                passback.pollInterval(),
                passback.batchSize(),
                Relay.batchBackoff(passback.pollInterval()),
                this::sendDue);
    }

    void start(@Observes StartupEvent event) {
        relay.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        relay.stop();
    }

    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) PassbackWritten event) {
        relay.wake();
    }

    /** Wakes the relay now, e.g. after an admin asked for a retry. */
    public void wake() {
        relay.wake();
    }

    private int sendDue(int limit) {
        List<PassbackStore.Due> due = store.claimDue(limit);
        due.forEach(this::send);
        return due.size();
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
            if (after.status == PassbackStatus.FAILED) {
                LOG.errorf("LTI passback %d failed for good after %d tries: %s", id, after.attempts, e.getMessage());
            } else {
                LOG.warnf(
                        "LTI passback %d try %d failed, next at %s: %s",
                        id, after.attempts, after.nextAttemptAt, e.getMessage());
            }
        }
    }
}
