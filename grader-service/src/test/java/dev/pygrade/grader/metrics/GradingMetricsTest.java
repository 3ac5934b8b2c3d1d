package dev.pygrade.grader.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaMessages;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PrometheusText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /q/metrics after real gradings: counts by status, both latency histograms, the in-flight gauge, consumer lag. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@NeedsInfrastructure
class GradingMetricsTest {
    private static final String REFERENCE =
            "def make_grid(rows, cols, fill=0):\n    return [[fill] * cols for _ in range(rows)]\n\n"
                    + "def copy_grid(grid):\n    return [list(row) for row in grid]\n";
    private static final Map<String, String> PASSED = Map.of("status", "passed");
    private static final Map<String, String> REJECTED = Map.of("status", "rejected");
    private static final Map<String, String> SUBMISSIONS_CONSUMER = Map.of("client_id", "kafka-consumer-submissions");

    @Test
    void aGradingIsCountedUnderItsStatusAndTimedInBothHistograms() {
        PrometheusText before = PrometheusText.scrape();

        assertThat(grade(Map.of("solution.py", REFERENCE))).isEqualTo(GradingStatus.PASSED);
        assertThat(grade(Map.of("../evil.py", "x = 1\n"))).isEqualTo(GradingStatus.REJECTED);

        PrometheusText after = PrometheusText.scrape();
        assertThat(after.valueOrZero("pygrade_gradings_total", PASSED))
                .isGreaterThanOrEqualTo(before.valueOrZero("pygrade_gradings_total", PASSED) + 1);
        assertThat(after.valueOrZero("pygrade_gradings_total", REJECTED))
                .isGreaterThanOrEqualTo(before.valueOrZero("pygrade_gradings_total", REJECTED) + 1);
        // Only the passed grading ran in a sandbox; both have a latency from request to result.
        assertThat(after.valueOrZero("pygrade_grading_sandbox_seconds_count", Map.of()))
                .isGreaterThanOrEqualTo(before.valueOrZero("pygrade_grading_sandbox_seconds_count", Map.of()) + 1);
        assertThat(after.valueOrZero("pygrade_grading_sandbox_seconds_sum", Map.of()))
                .isGreaterThan(before.valueOrZero("pygrade_grading_sandbox_seconds_sum", Map.of()));
        assertThat(after.value("pygrade_grading_sandbox_seconds_bucket", Map.of("le", "+Inf")))
                .hasValue(after.value("pygrade_grading_sandbox_seconds_count").orElseThrow());
        assertThat(after.value("pygrade_grading_sandbox_seconds_bucket", Map.of("le", "300.0")))
                .isPresent();
        assertThat(after.valueOrZero("pygrade_grading_latency_seconds_count", Map.of()))
                .isGreaterThanOrEqualTo(before.valueOrZero("pygrade_grading_latency_seconds_count", Map.of()) + 2);
        assertThat(after.value("pygrade_grading_latency_seconds_bucket", Map.of("le", "+Inf")))
                .isPresent();
        assertThat(after.value("pygrade_gradings_in_flight")).hasValue(0.0);
        assertThat(after.value("pygrade_grader_concurrency")).hasValue(2.0);
        assertThat(after.value("pygrade_sandbox_failures_total")).isPresent();
    }

    @Test
    void theConsumersRecordsLagIsExposedThroughTheKafkaBinder() {
        assertThat(grade(Map.of("solution.py", REFERENCE))).isEqualTo(GradingStatus.PASSED);

        PrometheusText metrics = PrometheusText.scrape();
        // Absent or NaN (no fetch yet) fails: a number, and 0 or more.
        assertThat(metrics.value("kafka_consumer_fetch_manager_records_lag_max", SUBMISSIONS_CONSUMER)
                        .orElse(Double.NaN))
                .isGreaterThanOrEqualTo(0);
        // Per partition: Micrometer's Kafka binder picks up metrics that appear later (partition assignments) on
        // its next refresh, at most a minute later.
        Map<String, String> partition =
                Map.of("client_id", "kafka-consumer-submissions", "topic", Topics.SUBMISSIONS, "partition", "0");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(PrometheusText.scrape()
                                .value("kafka_consumer_fetch_manager_records_lag", partition)
                                .orElse(Double.NaN))
                        .isGreaterThanOrEqualTo(0));
    }

    private static GradingStatus grade(Map<String, String> files) {
        String id = UUID.randomUUID().toString();
        SubmissionRequested request = SubmissionRequested.of(id, 1, "grid-without-aliasing", null, files);
        KafkaMessages.send(bootstrap(), Topics.SUBMISSIONS, id, ContractJson.write(request));
        return KafkaMessages.readUntil(
                        bootstrap(),
                        Topics.RESULTS,
                        records -> records.stream()
                                .anyMatch(r -> id.equals(r.key()) && r.value().contains("\"result\"")),
                        Duration.ofSeconds(90))
                .stream()
                .filter(r -> id.equals(r.key()))
                .map(r -> ContractJson.readResultEvent(r.value()))
                .filter(GradingCompleted.class::isInstance)
                .map(e -> ((GradingCompleted) e).result().status())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + id));
    }

    private static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
    }
}
