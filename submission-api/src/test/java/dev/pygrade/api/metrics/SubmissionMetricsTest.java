package dev.pygrade.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Grader;
import dev.pygrade.api.testing.Management;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import dev.pygrade.testkit.PrometheusText;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics (on the management port) after real submissions and results: accepted by kind, results stored by
 * status, outbox backlog.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class SubmissionMetricsTest {
    private static final Map<String, String> IMPLEMENT = Map.of("kind", "implement");
    private static final Map<String, String> FAILED = Map.of("status", "failed");
    private static final String UNPUBLISHED = "select count(*) from outbox_event where published_at is null";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void metricsAreNotServedOnThePublicPort() {
        Api.anonymous().get("/q/metrics").then().statusCode(404);
        Api.asAdmin().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void anAcceptedSubmissionIsCountedUnderItsExerciseKind() {
        PrometheusText before = Management.metrics();

        Api.submit(Api.GRID, "x = 1\n");

        PrometheusText after = Management.metrics();
        assertThat(after.valueOrZero("pygrade_submissions_accepted_total", IMPLEMENT))
                .isEqualTo(before.valueOrZero("pygrade_submissions_accepted_total", IMPLEMENT) + 1);
        assertThat(after.value("pygrade_submissions_accepted_total", Map.of("kind", "performance")))
                .isPresent();
    }

    @Test
    void aReplayedSubmissionIsNotCountedAgain() {
        String key = "metrics-replay-" + System.nanoTime();
        Api.asAdmin()
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Map.of("exerciseId", Api.GRID, "source", "y = 2\n"))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202);
        double once = Management.metrics().valueOrZero("pygrade_submissions_accepted_total", IMPLEMENT);

        Api.asAdmin()
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Map.of("exerciseId", Api.GRID, "source", "y = 2\n"))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .header("Idempotency-Replayed", "true");

        assertThat(Management.metrics().valueOrZero("pygrade_submissions_accepted_total", IMPLEMENT))
                .isEqualTo(once);
    }

    @Test
    void theOutboxBacklogIsTheNumberOfUnpublishedRows() {
        Sql sql = new Sql(dataSource);
        String id = Api.submit(Api.GRID, "z = 3\n");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sql.count(
                                "select count(*) from outbox_event where message_key = ? and published_at is not null",
                                id)
                        == 1);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(Management.metrics().value("pygrade_outbox_backlog"))
                        .hasValue((double) sql.count(UNPUBLISHED)));
    }

    @Test
    void aStoredResultIsCountedUnderItsStatusOnce() {
        String id = Api.submit(Api.GRID, "w = 4\n");
        double before = Management.metrics().valueOrZero("pygrade_results_stored_total", FAILED);

        try (Grader grader = new Grader(KafkaBroker.shared().bootstrapServers())) {
            grader.complete(id, 1, GradingStatus.FAILED, 1.0);
            grader.complete(id, 1, GradingStatus.FAILED, 1.0); // a redelivery: stored once, counted once
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "graded".equals(Api.get(id).getString("status")));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(Management.metrics().valueOrZero("pygrade_results_stored_total", FAILED))
                                .isEqualTo(before + 1));
        // The duplicate comes right after it on the same partition: consumed, stored no more, counted no more.
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(3))
                .until(() -> Management.metrics().valueOrZero("pygrade_results_stored_total", FAILED) == before + 1);
    }
}
