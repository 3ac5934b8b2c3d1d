package dev.pygrade.api.outbox;

import dev.pygrade.api.config.OutboxConfig;
import dev.pygrade.api.config.PygradeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Moves outbox rows to Kafka on one background thread. A commit that wrote a row wakes it at once; a slow poll
 * ({@code pygrade.outbox.poll-interval}) catches rows left by a crash. While Kafka fails it backs off exponentially
 * and probes with one row at a time; rows are never dropped.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private int failures;

    public OutboxRelay(OutboxPublisher publisher, PygradeConfig config) {
        this.publisher = publisher;
        this.config = config.outbox();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
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

    /** Only after the commit succeeded: a rolled-back row does not exist, and a wake-up before commit finds nothing. */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventWritten event) {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                if (failures == 0) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    Thread.sleep(backoff().toMillis()); // wake-ups do not shorten a backoff
                }
                wake.drainPermits();
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                LOG.warnf(
                        e,
                        "outbox: publishing failed; retrying in %d ms",
                        backoff().toMillis());
            }
        }
    }

    /** Publishes batch after batch until the outbox is empty or a batch fails. */
    private void drain() throws InterruptedException {
        while (running) {
            int limit = failures == 0 ? config.batchSize() : 1;
            BatchOutcome outcome = publisher.publishBatch(limit);
            if (outcome.failed()) {
                failures++;
                LOG.warnf(
                        "outbox: Kafka did not take %s; %d of %d rows published, retrying in %d ms",
                        outcome.firstError(),
                        outcome.published(),
                        outcome.locked(),
                        backoff().toMillis());
                return;
            }
            if (failures > 0 && outcome.published() > 0) {
                LOG.infof("outbox: Kafka accepts records again after %d failed tries", failures);
            }
            failures = 0;
            if (outcome.locked() < limit) {
                return;
            }
        }
    }

    private Duration backoff() {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration backoff = config.initialBackoff().multipliedBy(1L << doublings);
        return backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff;
    }
}
