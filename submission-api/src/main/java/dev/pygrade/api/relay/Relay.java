package dev.pygrade.api.relay;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Works through stored rows on one background thread, batch after batch until a batch comes back short. A commit
 * that wrote a row wakes it at once ({@link #wake()}); a slow poll catches what no wake-up announced (retries that
 * came due, rows a crash left). When a batch fails it backs off exponentially and then probes with one row at a
 * time until one goes through; wake-ups do not shorten a backoff. The outbox, webhooks and LTI passback use it.
 */
public final class Relay {
    /** One batch: takes at most {@code limit} rows, handles them, and returns how many it took. Throws to fail. */
    @FunctionalInterface
    public interface Batch {
        int run(int limit) throws InterruptedException;
    }

    /** A batch that failed for a reason its message says in full (no stack trace is logged). */
    public static final class BatchFailed extends RuntimeException {
        public BatchFailed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * For relays whose rows keep their own backoff: a failed batch (the database unreachable) is tried again from
     * the poll interval, doubling up to 30 s.
     */
    public static Backoff batchBackoff(Duration pollInterval) {
        return new Backoff(pollInterval, Duration.ofSeconds(30));
    }

    private final String name;
    private final Duration pollInterval;
    private final int batchSize;
    private final Backoff backoff;
    private final Batch batch;
    private final Logger log;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private int failures;

    public Relay(String name, Duration pollInterval, int batchSize, Backoff backoff, Batch batch) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.backoff = backoff;
        this.batch = batch;
        this.log = Logger.getLogger(Relay.class.getName() + "." + name);
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, name + "-relay");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /** Runs a round now, unless the relay is backing off. */
    public void wake() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                if (failures == 0) {
                    wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    Thread.sleep(backoff.after(failures).toMillis());
                }
                wake.drainPermits();
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Batch after batch until one comes back short or fails. */
    private void drain() throws InterruptedException {
        while (running) {
            int limit = failures == 0 ? batchSize : 1;
            int taken;
            try {
                taken = batch.run(limit);
            } catch (BatchFailed e) {
                failures++;
                log.warnf(
                        "%s: %s; trying again in %d ms",
                        name, e.getMessage(), backoff.after(failures).toMillis());
                return;
            } catch (RuntimeException e) {
                failures++;
                log.warnf(
                        e,
                        "%s: a batch failed; trying again in %d ms",
                        name,
                        backoff.after(failures).toMillis());
                return;
            }
            if (failures > 0) {
                log.infof("%s: working again after %d failed batches", name, failures);
            }
            failures = 0;
            if (taken < limit) {
                return;
            }
        }
    }
}
