package dev.pygrade.api.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import dev.pygrade.testkit.RepositoryRoot;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A valid submission: 202, its row, exactly one SubmissionRequested on Kafka promptly, and GET. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class SubmissionFlowTest {
    private static final Exercise GRID =
            ExerciseLibrary.load(RepositoryRoot.get().resolve("exercises"), Set.of("3.11")).exercises().stream()
                    .filter(e -> e.info().id().equals(Api.GRID))
                    .findFirst()
                    .orElseThrow();

    @Inject
    AgroalDataSource dataSource;

    private TopicTail submissions;

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
    void filesAreAcceptedStoredAndPublishedOncePromptly() {
        Map<String, String> files = Map.of("solution.py", "from helper import make\n", "helper.py", "make = 1\n");
        Response response = Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID, "files", files))
                .post(Api.SUBMISSIONS);
        long answered = System.nanoTime();

        response.then().statusCode(202).contentType(ContentType.JSON).body("status", equalTo("queued"));
        String id = response.path("id");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(response.header("Location")).isEqualTo("/api/v1/submissions/" + id);

        ConsumerRecord<String, String> record = submissions.awaitKey(id, Duration.ofSeconds(10));
        assertThat(Duration.ofNanos(System.nanoTime() - answered)).isLessThan(Duration.ofSeconds(2));
        SubmissionRequested message = ContractJson.readSubmission(record.value());
        assertThat(message.submissionId()).isEqualTo(id);
        assertThat(message.attempt()).isEqualTo(1);
        assertThat(message.exerciseId()).isEqualTo(Api.GRID);
        assertThat(message.exerciseVersion()).isEqualTo(GRID.source().version());
        assertThat(message.files()).isEqualTo(files);

        Sql sql = new Sql(dataSource);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sql.count(
                                "select count(*) from outbox_event where message_key = ? and published_at is not null",
                                id)
                        == 1);
        assertThat(submissions.drainToEnd()).filteredOn(r -> id.equals(r.key())).hasSize(1);
        Map<String, Object> outbox =
                sql.rows("select * from outbox_event where message_key = ?", id).get(0);
        assertThat(outbox).containsEntry("topic", Topics.SUBMISSIONS).containsEntry("attempts", 1);
        assertThat(outbox.get("last_error")).isNull();
        assertThat(ContractJson.readSubmission((String) outbox.get("payload"))).isEqualTo(message);

        Map<String, Object> row = sql.rows("select * from submission where id = ?", UUID.fromString(id))
                .get(0);
        assertThat(row)
                .containsEntry("exercise_id", Api.GRID)
                .containsEntry("exercise_version", GRID.source().version())
                .containsEntry("status", "queued")
                .containsEntry("attempt", 1);
        assertThat(ContractJson.read((String) row.get("files"), Map.class)).isEqualTo(files);
    }

    @Test
    void sourceIsTheLearnerFile() {
        String source = "def make_grid(rows, cols, fill=0):\n    return [[fill] * cols for _ in range(rows)]\n";
        String id = Api.submit(Api.GRID, source);

        SubmissionRequested message = ContractJson.readSubmission(
                submissions.awaitKey(id, Duration.ofSeconds(10)).value());
        assertThat(message.files()).isEqualTo(Map.of(GRID.settings().learnerFile(), source));
    }

    @Test
    void getShowsTheQueuedSubmissionWithoutResult() {
        Instant before = Instant.now().minusSeconds(1);
        String location = Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID, "source", "x = 1\n"))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .header("Location");

        JsonPath submission = Api.asAdmin()
                .get(location)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("$", not(hasKey("result")))
                .extract()
                .jsonPath();
        assertThat(location).isEqualTo("/api/v1/submissions/" + submission.getString("id"));
        assertThat(submission.getString("exerciseId")).isEqualTo(Api.GRID);
        assertThat(submission.getString("status")).isEqualTo("queued");
        assertThat(submission.getInt("attempt")).isEqualTo(1);
        Instant created = Instant.parse(submission.getString("createdAt"));
        assertThat(created).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(Instant.parse(submission.getString("updatedAt"))).isEqualTo(created);
    }

    @Test
    void exactly256KibIsAccepted() {
        String source = "#" + "x".repeat(262143);
        String id = Api.submit(Api.GRID, source);
        assertThat(ContractJson.readSubmission(
                                submissions.awaitKey(id, Duration.ofSeconds(10)).value())
                        .files())
                .containsEntry("solution.py", source);
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        String unknown = UUID.randomUUID().toString();
        for (String id : List.of(unknown, "not-a-uuid", "1-2-3-4-5")) {
            Api.asAdmin()
                    .get(Api.SUBMISSIONS + "/" + id)
                    .then()
                    .statusCode(404)
                    .contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("https://pygrade.dev/problems/submission-not-found"))
                    .body("status", equalTo(404))
                    .body("detail", equalTo("submission '" + id + "' does not exist"))
                    .body("instance", equalTo("/api/v1/submissions/" + id));
        }
    }

    @Test
    void wrongMethodIs405ProblemJson() {
        Api.asAdmin()
                .delete(Api.SUBMISSIONS)
                .then()
                .statusCode(405)
                .contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("method DELETE is not allowed on /api/v1/submissions"));
    }
}
