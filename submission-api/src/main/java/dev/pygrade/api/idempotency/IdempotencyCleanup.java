package dev.pygrade.api.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Deletes expired idempotency keys now and then; lookups ignore expired ones meanwhile. */
@ApplicationScoped
public class IdempotencyCleanup {
    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final IdempotencyStore store;
    private final IdempotencyConfig config;
    private ScheduledExecutorService executor;

    public IdempotencyCleanup(IdempotencyStore store, IdempotencyConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "idempotency-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.cleanupInterval().toMillis();
        executor.scheduleWithFixedDelay(this::cleanup, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void cleanup() {
        try {
            long deleted = store.deleteExpired();
            if (deleted > 0) {
                LOG.debugf("idempotency: %d expired keys deleted", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warnf("idempotency: cleanup failed (%s); retrying later", e.getMessage());
        }
    }
}
