package dev.pygrade.api.regrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Grader;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.api.testing.TopicTail;
import dev.pygrade.api.testing.WebhookReceiver;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A regrade end to end over the real broker: new attempts go to Kafka, results stay in preview (learners and
 * webhooks see nothing), the preview shows who changes by how much, and confirmation publishes them.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class RegradeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void previewThenConfirm() throws Exception {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        KafkaTestClients.ensureTopics(bootstrap);
        String course = "course-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver(0);
                Grader grader = new Grader(bootstrap);
                TopicTail submissions = new TopicTail(bootstrap, Topics.SUBMISSIONS)) {
            String lms = Keys.create("instructor", "lms-" + UUID.randomUUID(), course, receiver.url(), null)
                    .key();
            String ann = "ann-" + UUID.randomUUID();
            String ben = "ben-" + UUID.randomUUID();
            String older = submitFor(lms, ann, "old = 1\n");
            String annId = submitFor(lms, ann, "x = 1\n");
            String benId = submitFor(lms, ben, "y = 2\n");
            grader.complete(older, 1, GradingStatus.FAILED, 1.0);
            grader.complete(annId, 1, GradingStatus.FAILED, 2.0);
            grader.complete(benId, 1, GradingStatus.PASSED, 4.0);
            await().atMost(WAIT).until(() -> receiver.calls().size() == 3);
            // Discard any open preview of the exercise left by another test, then start ours.
            String regrade = start();

            JsonPath preview = regrade(regrade);
            assertThat(preview.getString("status")).isEqualTo("preview");
            assertThat(preview.getList("items.submissionId"))
                    .contains(annId, benId)
                    .doesNotContain(older);
            assertThat(preview.getInt("pending")).isEqualTo(preview.getInt("total"));
            SubmissionRequested annRequest = ContractJson.readSubmission(submissions
                    .await(r -> r.key().equals(annId) && r.value().contains("\"attempt\":2"), WAIT)
                    .value());
            assertThat(annRequest.files()).isEqualTo(Map.of("solution.py", "x = 1\n"));
            submissions.await(r -> r.key().equals(benId) && r.value().contains("\"attempt\":2"), WAIT);

            Api.asAdmin()
                    .post("/api/v1/admin/regrades/" + regrade + "/confirm")
                    .then()
                    .statusCode(409);
            grader.complete(annId, 2, GradingStatus.PASSED, 4.0);
            grader.complete(benId, 2, GradingStatus.PASSED, 4.0);
            for (Object id : preview.getList("items.submissionId")) {
                if (!id.equals(annId) && !id.equals(benId)) {
                    int attempt = preview.getInt("items.find { it.submissionId == '" + id + "' }.attempt");
                    grader.complete((String) id, attempt, GradingStatus.PASSED, 4.0);
                }
            }
            await().atMost(WAIT).until(() -> regrade(regrade).getInt("pending") == 0);

            JsonPath ready = regrade(regrade);
            String ann2 = "items.find { it.submissionId == '" + annId + "' }";
            assertThat(ready.getBoolean(ann2 + ".changed")).isTrue();
            assertThat(ready.getDouble(ann2 + ".scoreDelta")).isEqualTo(2.0);
            assertThat(ready.getString(ann2 + ".previous.status")).isEqualTo("failed");
            assertThat(ready.getString(ann2 + ".regraded.status")).isEqualTo("passed");
            String ben2 = "items.find { it.submissionId == '" + benId + "' }";
            assertThat(ready.getBoolean(ben2 + ".changed")).isFalse();
            assertThat(ready.getDouble(ben2 + ".scoreDelta")).isEqualTo(0.0);
            // Not published yet: the learner still sees attempt 1, and no webhook went out.
            String annToken = Keys.session(ann, course);
            Api.as(annToken)
                    .get(Api.SUBMISSIONS + "/" + annId)
                    .then()
                    .body("attempt", equalTo(1))
                    .body("result.score", equalTo(2.0f))
                    .body("attempts.attempt", equalTo(List.of(1)));
            assertThat(receiver.calls()).hasSize(3);

            Api.asAdmin()
                    .post("/api/v1/admin/regrades/" + regrade + "/confirm")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("confirmed"));
            Api.as(annToken)
                    .get(Api.SUBMISSIONS + "/" + annId)
                    .then()
                    .body("status", equalTo("graded"))
                    .body("attempt", equalTo(2))
                    .body("result.score", equalTo(4.0f))
                    .body("attempts.attempt", equalTo(List.of(1, 2)))
                    .body("attempts.score", equalTo(List.of(2.0f, 4.0f)));
            await().atMost(WAIT)
                    .until(() -> receiver.calls().stream()
                                    .filter(c ->
                                            c.body().contains(annId) && c.body().contains("\"attempt\":2"))
                                    .count()
                            == 1);
            Api.asAdmin()
                    .post("/api/v1/admin/regrades/" + regrade + "/confirm")
                    .then()
                    .statusCode(409);
        }
    }

    @Test
    void unknownExerciseAndUnknownRegradeAreRefused() {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", "no-such-exercise"))
                .post("/api/v1/admin/regrades")
                .then()
                .statusCode(422)
                .body("detail", equalTo("exercise 'no-such-exercise' does not exist"));
        Api.asAdmin().get("/api/v1/admin/regrades/" + UUID.randomUUID()).then().statusCode(404);
        Api.asAdmin().get("/api/v1/admin/regrades/nonsense").then().statusCode(404);
    }

    /** A learner is a subject within a course: the same subject's latest submission in each course is regraded. */
    @Test
    void theSameSubjectsLatestSubmissionInEachCourseIsRegraded() {
        String subject = "sam-" + UUID.randomUUID();
        String inA = Api.submit(Keys.session(subject, "course-a-" + UUID.randomUUID()), Api.GRID, "a = 1\n");
        String inB = Api.submit(Keys.session(subject, "course-b-" + UUID.randomUUID()), Api.GRID, "b = 1\n");
        try (Grader grader = new Grader(KafkaBroker.shared().bootstrapServers())) {
            grader.complete(inA, 1, GradingStatus.FAILED, 1.0);
            grader.complete(inB, 1, GradingStatus.FAILED, 2.0);
        }
        await().atMost(WAIT)
                .until(() -> "graded".equals(Api.get(inA).getString("status"))
                        && "graded".equals(Api.get(inB).getString("status")));
        String regrade = start();
        assertThat(regrade(regrade).getList("items.submissionId")).contains(inA, inB);
        Api.asAdmin().delete("/api/v1/admin/regrades/" + regrade).then().statusCode(200);
    }

    private static String start() {
        var response = Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID))
                .post("/api/v1/admin/regrades");
        if (response.statusCode() == 409) {
            String detail = response.path("detail");
            String open = detail.substring("regrade ".length(), detail.indexOf(' ', "regrade ".length()));
            Api.asAdmin().delete("/api/v1/admin/regrades/" + open).then().statusCode(200);
            return start();
        }
        return response.then().statusCode(201).extract().path("id");
    }

    private static JsonPath regrade(String id) {
        return Api.asAdmin()
                .get("/api/v1/admin/regrades/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String submitFor(String key, String learner, String source) {
        return Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID, "source", source, "learner", learner))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }
}
