package dev.pygrade.api.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/submissions/{id}?wait=N}: answers when the result is stored, or after N seconds. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class WaitForResultTest {
    private static final String SOURCE = "def make_grid(rows, cols, fill):\n    return []\n";

    @Inject
    ResultWaiters waiters;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void producer() {
        KafkaTestClients.ensureTopics(KafkaBroker.shared().bootstrapServers());
        producer = KafkaTestClients.producer(KafkaBroker.shared().bootstrapServers());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void aWaitingRequestAnswersAsSoonAsTheResultIsStored() throws Exception {
        String id = Api.submit(Api.GRID, SOURCE);
        CompletableFuture<Response> waiting =
                CompletableFuture.supplyAsync(() -> Api.asAdmin().get(Api.SUBMISSIONS + "/" + id + "?wait=50"));
        await().atMost(Duration.ofSeconds(20)).until(() -> waiters.registered() == 1);
        assertThat(waiting).isNotDone();

        long published = System.nanoTime();
        publish(id);
        Response answer = waiting.get(40, TimeUnit.SECONDS);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published);

        answer.then().statusCode(200).body("status", equalTo("graded")).body("result.score", equalTo(3.0f));
        assertThat(waited)
                .as("answered when the result was stored, not at the end of the wait")
                .isLessThan(20_000);
        assertThat(waiters.registered()).isZero();

        long asked = System.nanoTime();
        Api.asAdmin()
                .get(Api.SUBMISSIONS + "/" + id + "?wait=50")
                .then()
                .statusCode(200)
                .body("status", equalTo("graded"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked))
                .as("a graded submission is answered at once")
                .isLessThan(20_000);
    }

    @Test
    void aWaitEndsAfterItsSecondsWithTheSubmissionAsItIsThen() {
        String id = Api.submit(Api.GRID, SOURCE);
        long asked = System.nanoTime();
        Api.asAdmin()
                .get(Api.SUBMISSIONS + "/" + id + "?wait=2")
                .then()
                .statusCode(200)
                .body("status", equalTo("queued"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked)).isGreaterThanOrEqualTo(2_000);
        assertThat(waiters.registered()).isZero();
    }

    @Test
    void waitsOutsideZeroToSixtySecondsAreRefusedAndUnknownIdsAre404AtOnce() {
        String id = Api.submit(Api.GRID, SOURCE);
        for (String wait : List.of("61", "-1")) {
            Api.asAdmin()
                    .get(Api.SUBMISSIONS + "/" + id + "?wait=" + wait)
                    .then()
                    .statusCode(400)
                    .contentType(Api.PROBLEM_JSON);
        }
        long asked = System.nanoTime();
        Api.asAdmin()
                .get(Api.SUBMISSIONS + "/" + UUID.randomUUID() + "?wait=50")
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked)).isLessThan(20_000);
        assertThat(waiters.registered()).isZero();
    }

    private void publish(String id) throws Exception {
        GradingResult result = new GradingResult(
                GradingResult.SCHEMA_VERSION,
                GradingStatus.FAILED,
                3.0,
                4.0,
                "3 of 4 tests passed",
                "sha256:test",
                List.of(),
                null,
                null,
                null,
                null);
        GradingCompleted completed = GradingCompleted.of(id, 1, Api.GRID, "wait-test-grader", result);
        producer.send(new ProducerRecord<>(Topics.RESULTS, id, ContractJson.write(completed)))
                .get(30, TimeUnit.SECONDS);
    }
}
