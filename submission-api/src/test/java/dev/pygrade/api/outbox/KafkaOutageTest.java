package dev.pygrade.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Management;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.Topics;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Kafka goes away: submissions are still accepted, the relay keeps retrying, and nothing is lost. */
@QuarkusTest
@TestProfile(KafkaOutageProfile.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(PrivateKafkaResource.class)
@NeedsInfrastructure
class KafkaOutageTest {
    private static final String BACKLOG = "pygrade_outbox_backlog";
    private static final String UNPUBLISHED = "select count(*) from outbox_event where published_at is null";

    @Inject
    AgroalDataSource dataSource;

    KafkaBroker broker;

    @Test
    void submissionsAcceptedWhileKafkaIsDownArePublishedWhenItIsBack() {
        Sql sql = new Sql(dataSource);
        String warmUp = Api.submit(Api.GRID, "warm = 0\n"); // the first request of an app is slow; not the point
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outboxRow(sql, warmUp).get("published_at") != null);
        broker.stop();

        // Accepting does not wait for Kafka: far below the 1.5 s the producer may block and the 3 s send timeout.
        String first = timed(() -> Api.submit(Api.GRID, "first = 1\n"));
        String second = timed(() -> Api.submit(Api.GRID, "second = 2\n"));
        assertThat(Api.get(first).getString("status")).isEqualTo("queued");

        // The relay tries, fails, backs off and tries again; each try is counted and its reason kept.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> row = outboxRow(sql, first);
            return ((Number) row.get("attempts")).intValue() >= 2 && row.get("last_error") != null;
        });
        assertThat(outboxRow(sql, first).get("published_at")).isNull();
        assertThat(outboxRow(sql, second).get("published_at")).isNull();
        // The backlog gauge is the outbox's unpublished rows, these two among them.
        double backlog = Management.metrics().value(BACKLOG).orElseThrow();
        assertThat(backlog).isEqualTo(sql.count(UNPUBLISHED)).isGreaterThanOrEqualTo(2);

        broker.restart();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> outboxRow(sql, first).get("published_at") != null
                        && outboxRow(sql, second).get("published_at") != null);
        try (TopicTail submissions = TopicTail.fromBeginning(broker.bootstrapServers(), Topics.SUBMISSIONS)) {
            for (String id : List.of(first, second)) {
                ConsumerRecord<String, String> record = submissions.awaitKey(id, Duration.ofSeconds(10));
                assertThat(ContractJson.readSubmission(record.value()).submissionId())
                        .isEqualTo(id);
            }
        }
        assertThat(outboxRow(sql, first).get("last_error")).isNull();
        assertThat(Management.metrics().value(BACKLOG).orElseThrow())
                .isEqualTo(sql.count(UNPUBLISHED))
                .isLessThanOrEqualTo(backlog - 2);
    }

    private static String timed(Supplier<String> submit) {
        long start = System.nanoTime();
        String id = submit.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
        return id;
    }

    private static Map<String, Object> outboxRow(Sql sql, String key) {
        return sql.rows("select * from outbox_event where message_key = ?", key).get(0);
    }
}
