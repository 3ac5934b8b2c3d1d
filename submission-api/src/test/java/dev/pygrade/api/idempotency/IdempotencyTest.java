package dev.pygrade.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.contract.Topics;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: a retry returns the first answer and never makes a second submission or message. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class IdempotencyTest {
    @Inject
    AgroalDataSource dataSource;

    private TopicTail submissions;
    private final String marker = "m_" + UUID.randomUUID().toString().replace('-', '_');

    @BeforeEach
    void tail() {
        KafkaTestClients.ensureTopics(KafkaBroker.shared().bootstrapServers());
        submissions = new TopicTail(KafkaBroker.shared().bootstrapServers(), Topics.SUBMISSIONS);
    }

    @AfterEach
    void close() {
        submissions.close();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        Response first = post(Api.ADMIN_KEY, key, body("x = 1"));
        first.then().statusCode(202).header("Idempotency-Replayed", (String) null);
        String id = first.path("id");
        // Same fields in another order and spacing: the same request.
        Response retry = post(
                Api.ADMIN_KEY,
                key,
                "{ \"source\": \"# " + marker + "\\nx = 1\\n\",   \"exerciseId\": \"" + Api.GRID + "\"}");
        retry.then()
                .statusCode(202)
                .body("id", equalTo(id))
                .body("status", equalTo("queued"))
                .header("Location", equalTo("/api/v1/submissions/" + id))
                .header("Idempotency-Replayed", equalTo("true"));
        submissions.awaitKey(id, Duration.ofSeconds(10));
        assertThat(submissions.drainToEnd()).filteredOn(r -> id.equals(r.key())).hasSize(1);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void concurrentRetriesMakeOneSubmission() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit((Callable<Response>) () -> post(Api.ADMIN_KEY, key, body("y = 2"))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(202);
                ids.add(response.path("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
            submissions.awaitKey(ids.get(0), Duration.ofSeconds(10));
            assertThat(submissions.drainToEnd())
                    .filteredOn(r -> r.value().contains(marker))
                    .hasSize(1);
            assertThat(rows()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysAreScopedPerCaller() {
        String key = UUID.randomUUID().toString();
        String other = Keys.create("instructor", "idem-" + UUID.randomUUID(), "course-i")
                .key();
        String first = post(Api.ADMIN_KEY, key, body("z = 3"))
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String second =
                post(other, key, body("z = 3")).then().statusCode(202).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndStoresNothing() {
        String key = UUID.randomUUID().toString();
        post(Api.ADMIN_KEY, key, body("a = 1")).then().statusCode(202);
        post(Api.ADMIN_KEY, key, body("a = 2"))
                .then()
                .statusCode(422)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/idempotency-key-reused"))
                .body(
                        "detail",
                        equalTo("Idempotency-Key '" + key + "' was already used with a different request body; use a"
                                + " new key for a new submission"));
        assertThat(rows()).isEqualTo(1);
    }

    private long rows() {
        return new Sql(dataSource).count("select count(*) from submission where files like ?", "%" + marker + "%");
    }

    private String body(String code) {
        return "{\"exerciseId\": \"" + Api.GRID + "\", \"source\": \"# " + marker + "\\n" + code + "\\n\"}";
    }

    private static Response post(String token, String key, String body) {
        return Api.as(token)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(Api.SUBMISSIONS);
    }
}
