package dev.pygrade.grader.grading;

import dev.pygrade.grader.metrics.GradingMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * When the grader stops, it first stops handing submissions to the grading workers: the {@code submissions}
 * channel is paused (it is declared {@code pausable}). Without this, the submissions the consumer had already
 * fetched would keep arriving while the worker pool shuts down, be refused by it and end up in the dead-letter
 * topic. Paused, they are never acknowledged, so their offsets stay uncommitted and the consumer group hands them
 * to another grader, while the gradings already running finish and commit (see application.properties).
 */
@ApplicationScoped
public class GracefulShutdown {
    static final String CHANNEL = "submissions";
    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);

    private final ChannelRegistry channels;
    private final GradingMetrics metrics;

    GracefulShutdown(ChannelRegistry channels, GradingMetrics metrics) {
        this.channels = channels;
        this.metrics = metrics;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        PausableChannel submissions = channels.getPausable(CHANNEL);
        if (submissions == null) {
            LOG.warnf(
                    "channel %s is not pausable: fetched submissions may reach the worker pool while it stops",
                    CHANNEL);
            return;
        }
        submissions.pause();
        LOG.infof("stopping: no new gradings; %d running may finish", metrics.inFlight());
    }
}
