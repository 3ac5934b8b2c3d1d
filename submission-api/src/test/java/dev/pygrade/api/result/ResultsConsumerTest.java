package dev.pygrade.api.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.GradingStarted;
import dev.pygrade.contract.ResultEvent;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.TestResult;
import dev.pygrade.contract.result.TestStatus;
import dev.pygrade.contract.result.Visibility;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The graders' messages, produced with a plain KafkaProducer, as the API applies them. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class ResultsConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = ContractJson.mapper();

    @Inject
    AgroalDataSource dataSource;

    private KafkaProducer<String, String> producer;
    private String bootstrap;

    @BeforeEach
    void connect() {
        bootstrap = KafkaBroker.shared().bootstrapServers();
        KafkaTestClients.ensureTopics(bootstrap);
        producer = KafkaTestClients.producer(bootstrap);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void startedThenCompletedMovesToRunningThenGradedWithTheDocument() throws Exception {
        String id = Api.submit(Api.GRID, "x = 1\n");
        assertThat(Api.get(id).getString("status")).isEqualTo("queued");

        send(id, GradingStarted.of(id, 1, "grader-1"));
        await().atMost(WAIT).until(() -> "running".equals(Api.get(id).getString("status")));
        assertThat(Api.get(id).getMap("$")).doesNotContainKey("result");

        GradingCompleted completed = completed(id, GradingStatus.FAILED, 2.0, "2 of 4 tests passed");
        send(id, completed);
        await().atMost(WAIT).until(() -> "graded".equals(Api.get(id).getString("status")));

        String body = Api.asAdmin().get(Api.SUBMISSIONS + "/" + id).asString();
        JsonNode result = JSON.readTree(body).get("result");
        assertThat(result)
                .isEqualTo(JSON.readTree(ContractJson.write(completed)).get("result"));
        assertThat(result.get("summary").asText()).isEqualTo("2 of 4 tests passed");
        JsonPath view = Api.get(id);
        assertThat(instant(view, "updatedAt")).isAfter(instant(view, "createdAt"));
    }

    @Test
    void everyStringOfAStoredResultIsSafeToShowEvenFromAGraderThatDidNotCleanIt() throws Exception {
        String id = Api.submit(Api.GRID, "x = 1\n");
        String clean = ContractJson.write(completed(id, GradingStatus.FAILED, 0.0, "0 of 4 tests passed"));
        // Raw JSON, as a grader that does not clean its strings (or an older one) would send it.
        String raw = clean.replace("0 of 4 tests passed", "\\u001b[32mall passed\\r\\u202e\\u0000")
                .replace(
                        "\"name\":\"test_make_grid_shape\"",
                        "\"name\":\"\\u001b[2Jx\\u0007\",\"futureField\":\"\\u0008y\"");
        assertThat(raw).contains("\\u001b[32m", "futureField");
        send(id, raw);
        await().atMost(WAIT).until(() -> "graded".equals(Api.get(id).getString("status")));

        JsonNode result = JSON.readTree(
                        Api.asAdmin().get(Api.SUBMISSIONS + "/" + id).asString())
                .get("result");
        assertThat(result.get("summary").asText()).isEqualTo("all passed\\r\\u202e\\x00");
        assertThat(result.get("tests").get(0).get("name").asText()).isEqualTo("x\\x07");
        assertThat(result.get("tests").get(0).get("futureField").asText()).isEqualTo("\\x08y");
    }

    @Test
    void anErrorResultMovesToError() throws Exception {
        String id = Api.submit(Api.GRID, "x = 1\n");
        send(id, completed(id, GradingStatus.ERROR, 0.0, "the sandbox could not start"));

        await().atMost(WAIT).until(() -> "error".equals(Api.get(id).getString("status")));
        assertThat(Api.get(id).getString("result.status")).isEqualTo("error");
    }

    @Test
    void theFirstResultOfAnAttemptIsKeptAndStoredOnce() throws Exception {
        String id = Api.submit(Api.GRID, "x = 1\n");
        GradingCompleted first = completed(id, GradingStatus.FAILED, 1.0, "first");
        send(id, first);
        send(id, first);
        RecordMetadata last = send(id, completed(id, GradingStatus.PASSED, 4.0, "second"));
        awaitProcessed(last);

        assertThat(Api.get(id).getString("status")).isEqualTo("graded");
        assertThat(Api.get(id).getString("result.summary")).isEqualTo("first");
        List<Map<String, Object>> rows =
                new Sql(dataSource).rows("select * from grading_result where submission_id = ?", UUID.fromString(id));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("attempt", 1)
                .containsEntry("status", "failed")
                .containsEntry("score", 1.0)
                .containsEntry("max_score", 4.0);
        assertThat(JSON.readTree((String) rows.get(0).get("document")))
                .isEqualTo(JSON.readTree(ContractJson.write(first.result())));
    }

    @Test
    void aLateStartedNeverMovesAGradedSubmissionBack() throws Exception {
        String id = Api.submit(Api.GRID, "x = 1\n");
        send(id, completed(id, GradingStatus.PASSED, 4.0, "all passed"));
        await().atMost(WAIT).until(() -> "graded".equals(Api.get(id).getString("status")));

        awaitProcessed(send(id, GradingStarted.of(id, 1, "grader-2")));
        assertThat(Api.get(id).getString("status")).isEqualTo("graded");
    }

    @Test
    void badMessagesGoToTheDeadLetterTopicAndDoNotBlockTheNextOne() throws Exception {
        String id = Api.submit(Api.GRID, "x = 1\n");
        String unknown = UUID.randomUUID().toString();
        try (TopicTail dlq = new TopicTail(bootstrap, KafkaTestClients.RESULTS_DLQ)) {
            // All three share the key, hence the partition, of the good message that follows them.
            send(id, "{this is not json");
            send(id, "{\"type\": \"grading-started\", \"schemaVersion\": 1, \"submissionId\": \"" + id + "\"}");
            send(id, ContractJson.write(GradingStarted.of(unknown, 1, "grader-1")));
            send(id, GradingStarted.of(id, 1, "grader-1"));

            await().atMost(WAIT).until(() -> "running".equals(Api.get(id).getString("status")));
            ConsumerRecord<String, String> notJson = dlq.await(r -> r.value().equals("{this is not json"), WAIT);
            assertThat(notJson.key()).isEqualTo(id);
            assertThat(reason(notJson)).contains("not valid JSON");
            assertThat(reason(dlq.await(r -> r.value().contains("\"grading-started\", \"schemaVersion\""), WAIT)))
                    .contains("ResultEvent at attempt");
            assertThat(reason(dlq.await(r -> r.value().contains(unknown), WAIT)))
                    .contains("submission " + unknown + ", which does not exist");
        }
    }

    private static Instant instant(JsonPath view, String field) {
        return Instant.parse(view.getString(field));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Waits until the API's consumer group committed past {@code record}: it was processed. */
    private void awaitProcessed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(WAIT).until(() -> KafkaTestClients.committedOffset(bootstrap, partition) > record.offset());
    }

    private RecordMetadata send(String key, ResultEvent event) throws Exception {
        String json = ContractJson.write(event);
        assertThat(ContractJson.readResultEvent(json)).isEqualTo(event);
        return send(key, json);
    }

    private RecordMetadata send(String key, String value) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.RESULTS, key, value)).get();
    }

    private static GradingCompleted completed(String id, GradingStatus status, double score, String summary) {
        TestResult test = new TestResult(
                "test_visible.py::test_make_grid_shape",
                "test_make_grid_shape",
                status == GradingStatus.PASSED ? TestStatus.PASSED : TestStatus.FAILED,
                Visibility.VISIBLE,
                score,
                4.0,
                null,
                null,
                null,
                null,
                null,
                null,
                3L);
        GradingResult result = new GradingResult(
                GradingResult.SCHEMA_VERSION,
                status,
                score,
                4.0,
                summary,
                "sha256:abc",
                List.of(test),
                null,
                null,
                null,
                null);
        return GradingCompleted.of(id, 1, Api.GRID, "grader-1", result);
    }
}
