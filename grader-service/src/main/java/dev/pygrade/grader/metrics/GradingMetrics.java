package dev.pygrade.grader.metrics;

import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.grader.config.GraderConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The grader's own meters (Prometheus names in brackets). Every meter exists from start-up, at zero, so that rates
 * and alerts work before the first grading. Kafka's consumer metrics, the lag among them, come from Quarkus'
 * Kafka binder ({@code kafka_consumer_fetch_manager_records_lag*}).
 */
@Startup
@ApplicationScoped
public class GradingMetrics {
    /** Bucket bounds of both latency histograms: from a quick pass to the longest job the ceilings allow. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(120),
        Duration.ofSeconds(300)
    };

    private final Map<GradingStatus, Counter> gradings = new EnumMap<>(GradingStatus.class);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Timer sandboxTime;
    private final Timer latency;
    private final Counter sandboxFailures;

    GradingMetrics(MeterRegistry registry, GraderConfig config) {
        for (GradingStatus status : GradingStatus.values()) {
            gradings.put(
                    status,
                    Counter.builder("pygrade.gradings")
                            .description("Gradings finished, by overall result status [pygrade_gradings_total]")
                            .tag("status", status.wire())
                            .register(registry));
        }
        Gauge.builder("pygrade.gradings.in.flight", inFlight, AtomicInteger::get)
                .description("Gradings running now [pygrade_gradings_in_flight]")
                .register(registry);
        int concurrency = config.concurrency();
        Gauge.builder("pygrade.grader.concurrency", () -> concurrency)
                .description("Gradings this grader runs at most at once [pygrade_grader_concurrency]")
                .register(registry);
        sandboxTime = Timer.builder("pygrade.grading.sandbox")
                .description("Time in the sandbox: container start and the job's run [pygrade_grading_sandbox_seconds]")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        latency = Timer.builder("pygrade.grading.latency")
                .description(
                        "From the submission's requestedAt to its result being ready [pygrade_grading_latency_seconds]")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        sandboxFailures = Counter.builder("pygrade.sandbox.failures")
                .description("Sandbox runs that failed for reasons of ours and were retried or given up"
                        + " [pygrade_sandbox_failures_total]")
                .register(registry);
    }

    /** A grading starts; pair with {@link #finished()}. */
    public void started() {
        inFlight.incrementAndGet();
    }

    public void finished() {
        inFlight.decrementAndGet();
    }

    /** Gradings running now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** A grading's result is ready, {@code sinceRequested} after its submission was requested. */
    public void graded(GradingStatus status, Duration sinceRequested) {
        gradings.get(status).increment();
        latency.record(sinceRequested.isNegative() ? Duration.ZERO : sinceRequested);
    }

    /** A sandbox ran a job (whatever the learner's code did) for {@code time}. */
    public void sandboxRan(Duration time) {
        sandboxTime.record(time);
    }

    /** A sandbox could not run a job for reasons of ours (engine down, image missing). */
    public void sandboxFailed() {
        sandboxFailures.increment();
    }
}
