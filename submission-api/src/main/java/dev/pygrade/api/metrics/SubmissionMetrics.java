package dev.pygrade.api.metrics;

import dev.pygrade.api.result.SubmissionGraded;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.exercise.ExerciseKind;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The API's own meters (Prometheus names in brackets), each from start-up at zero: submissions accepted, results
 * stored, and the outbox rows not yet on Kafka, counted in the database at every scrape (every API instance reports
 * the same, shared backlog).
 */
@Startup
@ApplicationScoped
public class SubmissionMetrics {
    private static final Logger LOG = Logger.getLogger(SubmissionMetrics.class);
    private static final String BACKLOG = "select count(*) from outbox_event where published_at is null";
    private static final int BACKLOG_QUERY_TIMEOUT_SECONDS = 2;

    private final AgroalDataSource dataSource;
    private final Map<ExerciseKind, Counter> accepted = new EnumMap<>(ExerciseKind.class);
    private final Map<GradingStatus, Counter> stored = new EnumMap<>(GradingStatus.class);

    SubmissionMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        for (ExerciseKind kind : ExerciseKind.values()) {
            accepted.put(
                    kind,
                    Counter.builder("pygrade.submissions.accepted")
                            .description("Submissions accepted (stored and queued), by exercise kind"
                                    + " [pygrade_submissions_accepted_total]")
                            .tag("kind", kind.wire())
                            .register(registry));
        }
        for (GradingStatus status : GradingStatus.values()) {
            stored.put(
                    status,
                    Counter.builder("pygrade.results.stored")
                            .description("Grading results stored for their submission, by result status"
                                    + " [pygrade_results_stored_total]")
                            .tag("status", status.wire())
                            .register(registry));
        }
        Gauge.builder("pygrade.outbox.backlog", this, SubmissionMetrics::unpublished)
                .description("Outbox rows not yet published to Kafka [pygrade_outbox_backlog]")
                .register(registry);
    }

    /** A submission was stored (its transaction committed) and queued for grading. */
    public void accepted(ExerciseKind kind) {
        accepted.get(kind).increment();
    }

    /** Only once the result's transaction committed: a rolled-back result was never stored. */
    void onGraded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionGraded graded) {
        stored.get(graded.result().status()).increment();
    }

    /** Unpublished outbox rows; NaN (no sample) while the database cannot be asked. */
    double unpublished() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(BACKLOG_QUERY_TIMEOUT_SECONDS);
            try (ResultSet count = statement.executeQuery(BACKLOG)) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            LOG.debugf("outbox backlog unknown: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
