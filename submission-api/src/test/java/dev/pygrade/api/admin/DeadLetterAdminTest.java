package dev.pygrade.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.contract.Topics;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** The dead-letter topics as an admin sees them, and re-driving one message to where it came from. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class DeadLetterAdminTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aPoisonResultIsListedWithItsReason() throws Exception {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        KafkaTestClients.ensureTopics(bootstrap);
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            producer.send(new ProducerRecord<>(Topics.RESULTS, key, "{poison " + key))
                    .get();
        }
        await().atMost(WAIT).until(() -> list().getList("key").contains(key));
        JsonPath letters = list();
        String letter = "find { it.key == '" + key + "' }";
        assertThat(letters.getString(letter + ".topic")).isEqualTo("pygrade.results.dlq");
        assertThat(letters.getString(letter + ".originalTopic")).isEqualTo(Topics.RESULTS);
        assertThat(letters.getString(letter + ".reason")).contains("not valid JSON");
        assertThat(letters.getString(letter + ".value")).isEqualTo("{poison " + key);
        assertThat(letters.getMap(letter + ".headers")).containsKey("dead-letter-reason");
    }

    @Test
    void aSubmissionDeadLetterIsRedrivenOnceToItsOriginalTopic() throws Exception {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        ensureSubmissionsDlq(bootstrap);
        String key = UUID.randomUUID().toString();
        String value = "{\"submissionId\": \"" + key + "\"}";
        RecordMetadata dead;
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer(bootstrap)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SUBMISSIONS_DLQ, key, value);
            record.headers().add("dead-letter-reason", "the sandbox image is missing".getBytes(StandardCharsets.UTF_8));
            dead = producer.send(record).get();
        }
        JsonPath letters = list();
        assertThat(letters.getString("find { it.key == '" + key + "' }.reason"))
                .isEqualTo("the sandbox image is missing");

        String redrive = "/api/v1/admin/dead-letters/" + Topics.SUBMISSIONS_DLQ + "/" + dead.partition() + "/"
                + dead.offset() + "/redrive";
        try (TopicTail submissions = new TopicTail(bootstrap, Topics.SUBMISSIONS)) {
            Api.asAdmin()
                    .post(redrive)
                    .then()
                    .statusCode(200)
                    .body("toTopic", equalTo(Topics.SUBMISSIONS))
                    .body("offset", equalTo((int) dead.offset()));
            ConsumerRecord<String, String> again = submissions.awaitKey(key, WAIT);
            assertThat(again.value()).isEqualTo(value);
            assertThat(new String(
                            again.headers().lastHeader("pygrade-redriven-from").value(), StandardCharsets.UTF_8))
                    .isEqualTo(Topics.SUBMISSIONS_DLQ + "/" + dead.partition() + "/" + dead.offset());
        }
        Api.asAdmin()
                .post(redrive)
                .then()
                .statusCode(409)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/dead-letter-already-redriven"));
        Api.asAdmin().queryParam("force", true).post(redrive).then().statusCode(200);
        assertThat(list().getString("find { it.key == '" + key + "' }.redrivenAt"))
                .isNotNull();
    }

    @Test
    void unknownTopicsAndOffsetsAre404() {
        Api.asAdmin()
                .post("/api/v1/admin/dead-letters/pygrade.submissions.v1/0/0/redrive")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://pygrade.dev/problems/dead-letter-not-found"));
        Api.asAdmin()
                .post("/api/v1/admin/dead-letters/pygrade.results.dlq/0/999999999/redrive")
                .then()
                .statusCode(404)
                .body("detail", equalTo("pygrade.results.dlq holds no message at partition 0, offset 999999999"));
    }

    private static JsonPath list() {
        return Api.asAdmin()
                .get("/api/v1/admin/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void ensureSubmissionsDlq(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            if (!admin.listTopics().names().get().contains(Topics.SUBMISSIONS_DLQ)) {
                admin.createTopics(List.of(new NewTopic(Topics.SUBMISSIONS_DLQ, 4, (short) 1)))
                        .all()
                        .get();
            }
        }
    }
}
