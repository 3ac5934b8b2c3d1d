package dev.pygrade.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Grader;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.api.testing.WebhookReceiver;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Webhooks to a real receiver on loopback: signed, retried with backoff, once per attempt, failures visible. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class WebhookDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aFlakyReceiverGetsTheSignedResultOnceAfterRetries() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(2);
                Grader grader = new Grader(KafkaBroker.shared().bootstrapServers())) {
            Keys.Created lms = Keys.create("instructor", "lms-" + UUID.randomUUID(), "course-w");
            String id = submit(lms.key(), Map.of("learner", "wanda", "callbackUrl", receiver.url()));
            grader.complete(id, 1, GradingStatus.FAILED, 2.5);
            RecordMetadata duplicate = grader.complete(id, 1, GradingStatus.FAILED, 2.5);

            await().atMost(WAIT).until(() -> receiver.calls().stream().anyMatch(c -> c.answered() == 204));
            awaitProcessed(duplicate);
            await().during(Duration.ofSeconds(2))
                    .atMost(WAIT)
                    .until(() -> receiver.calls().size() == 3);
            List<WebhookReceiver.Call> calls = receiver.calls();
            assertThat(calls).extracting(WebhookReceiver.Call::answered).containsExactly(500, 500, 204);
            assertThat(calls)
                    .extracting(WebhookReceiver.Call::body)
                    .containsOnly(calls.get(0).body());
            WebhookReceiver.Call call = calls.get(2);
            assertThat(call.contentType()).isEqualTo("application/json");
            assertThat(call.signature())
                    .isEqualTo(WebhookSignature.sign(
                            lms.webhookSecret(), call.body().getBytes(StandardCharsets.UTF_8)))
                    .matches("sha256=[0-9a-f]{64}");
            JsonNode body = new ObjectMapper().readTree(call.body());
            assertThat(body.get("event").asText()).isEqualTo("submission.graded");
            assertThat(body.get("submissionId").asText()).isEqualTo(id);
            assertThat(body.get("attempt").asInt()).isEqualTo(1);
            assertThat(body.get("status").asText()).isEqualTo("failed");
            assertThat(body.get("score").asDouble()).isEqualTo(2.5);
            assertThat(body.get("maxScore").asDouble()).isEqualTo(4.0);
            assertThat(body.get("learner").asText()).isEqualTo("wanda");
            assertThat(body.get("countsAsAttempt").asBoolean()).isTrue();

            JsonPath delivered = deliveries("delivered");
            assertThat(delivered.getList("findAll { it.submissionId == '" + id + "' }.tries"))
                    .containsExactly(3);
        }
    }

    @Test
    void theKeysDefaultUrlIsUsedAndAReceiverThatNeverAcceptsEndsFailedForAdminsToRetry() {
        try (WebhookReceiver receiver = new WebhookReceiver(1000);
                Grader grader = new Grader(KafkaBroker.shared().bootstrapServers())) {
            Keys.Created lms = Keys.create("admin", "lms-" + UUID.randomUUID(), null, receiver.url(), null);
            String id = submit(lms.key(), Map.of());
            grader.complete(id, 1, GradingStatus.ERROR, 0);

            await().atMost(WAIT)
                    .until(() -> deliveries("failed").getList("submissionId").contains(id));
            JsonPath failed = deliveries("failed");
            String prefix = "findAll { it.submissionId == '" + id + "' }";
            assertThat(failed.getList(prefix + ".tries")).containsExactly(4);
            assertThat(failed.getList(prefix + ".lastStatusCode")).containsExactly(500);
            assertThat(failed.getList(prefix + ".lastError")).containsExactly("the receiver answered HTTP 500");
            assertThat(failed.getList(prefix + ".url")).containsExactly(receiver.url());
            assertThat(receiver.calls()).hasSize(4);
            assertThat(receiver.calls().get(0).body()).contains("\"status\":\"error\"", "\"countsAsAttempt\":false");

            int deliveryId = failed.getInt(prefix + "[0].id");
            Api.asAdmin()
                    .post("/api/v1/admin/webhooks/" + deliveryId + "/retry")
                    .then()
                    .statusCode(200)
                    .body("status", Matchers.equalTo("pending"));
            await().atMost(WAIT).until(() -> receiver.calls().size() > 4);
            Api.asAdmin().post("/api/v1/admin/webhooks/999999999/retry").then().statusCode(404);
        }
    }

    @Test
    void unknownStatusFilterIs400() {
        Api.asAdmin()
                .queryParam("status", "lost")
                .get("/api/v1/admin/webhooks")
                .then()
                .statusCode(400)
                .body("detail", Matchers.equalTo("status must be pending, delivered or failed"));
    }

    private static JsonPath deliveries(String status) {
        return Api.asAdmin()
                .queryParam("status", status)
                .get("/api/v1/admin/webhooks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String submit(String key, Map<String, String> extra) {
        Map<String, String> body = new HashMap<>(Map.of("exerciseId", Api.GRID, "source", "x = 1\n"));
        body.putAll(extra);
        return Api.as(key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static void awaitProcessed(RecordMetadata record) {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(WAIT).until(() -> KafkaTestClients.committedOffset(bootstrap, partition) > record.offset());
    }
}
