package dev.pygrade.api.outbox;

import dev.pygrade.api.config.OutboxConfig;
import dev.pygrade.api.config.PygradeConfig;
import dev.pygrade.api.relay.Backoff;
import dev.pygrade.api.relay.Relay;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Moves outbox rows to Kafka on a {@link Relay}. A commit that wrote a row wakes it at once; a slow poll
 * ({@code pygrade.outbox.poll-interval}) catches rows left by a crash. While Kafka fails it backs off exponentially
 * and probes with one row at a time; rows are never dropped.
 */
@ApplicationScoped
public class OutboxRelay {
    private final OutboxPublisher publisher;
    private final Relay relay;

    public OutboxRelay(OutboxPublisher publisher, PygradeConfig config) {
        this.publisher = publisher;
        OutboxConfig outbox = config.outbox();
        this.relay = new Relay(
                "outbox",
                outbox.pollInterval(),
                outbox.batchSize(),
                new Backoff(outbox.initialBackoff(), outbox.maxBackoff()),
                this::publish);
    }

    void start(@Observes StartupEvent event) {
        relay.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        relay.stop();
    }

    /** Only after the commit succeeded: a rolled-back row does not exist, and a wake-up before commit finds nothing. */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventWritten event) {
        relay.wake();
    }

    private int publish(int limit) throws InterruptedException {
        BatchOutcome outcome = publisher.publishBatch(limit);
        if (outcome.failed()) {
            throw new Relay.BatchFailed(String.format(
                    "Kafka did not take %s; %d of %d rows published",
                    outcome.firstError(), outcome.published(), outcome.locked()));
        }
        return outcome.locked();
    }
}
