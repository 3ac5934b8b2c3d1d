package dev.pygrade.grader.sandbox;

import dev.pygrade.grader.config.SandboxConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Runs the sweeper at start-up and every minute, so no crash leaves a sandbox container behind for long. */
@ApplicationScoped
public class SandboxHousekeeping {
    private static final Logger LOG = Logger.getLogger(SandboxHousekeeping.class);

    private final SandboxSweeper sweeper;
    private final Duration longestJob;

    SandboxHousekeeping(SandboxSweeper sweeper, SandboxConfig config) {
        this.sweeper = sweeper;
        this.longestJob = config.ceilings().timeTotal().plus(config.grace()).plusMinutes(1);
    }

    void onStart(@Observes StartupEvent event) {
        try {
            int removed = sweeper.sweepOwn();
            if (removed > 0) {
                LOG.infof("removed %d sandbox containers left by an earlier run of this instance", removed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not sweep leftover sandboxes at start-up: %s", e.getMessage());
        }
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepStale() {
        try {
            sweeper.sweepStale(longestJob);
        } catch (RuntimeException e) {
            LOG.warnf("could not sweep stale sandboxes: %s", e.getMessage());
        }
    }
}
