package dev.pygrade.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Grader;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of issue 13's first two findings: an instructor key acts only on learners of its own course. Until
 * enrolments exist a learner is a subject within a course, so a session or submission an instructor of course X makes
 * for "alice" is alice-in-X, who is not alice-in-Y and sees nothing of hers.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class CourseAuthorisationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String courseX = "course-x-" + UUID.randomUUID();
    private final String courseY = "course-y-" + UUID.randomUUID();
    private final String alice = "alice-" + UUID.randomUUID();

    /** Finding 1: a session minted by another course's instructor neither reads nor lists the learner's results. */
    @Test
    void anInstructorOfAnotherCourseCannotReadOrListALearnersSubmissionsThroughAMintedSession() {
        String aliceInY = Keys.session(alice, courseY);
        String id = Api.submit(aliceInY, Api.GRID, "x = 1\n");
        String instructorX = Keys.create("instructor", "teacher-" + UUID.randomUUID(), courseX)
                .key();

        Api.as(instructorX).get(Api.SUBMISSIONS + "/" + id).then().statusCode(404);
        String minted = Api.as(instructorX)
                .contentType(ContentType.JSON)
                .body(Map.of("learner", alice))
                .post("/api/v1/sessions")
                .then()
                .statusCode(200)
                .body("subject", equalTo(alice))
                .body("courseId", equalTo(courseX))
                .extract()
                .path("token");

        Api.as(minted)
                .get(Api.SUBMISSIONS + "/" + id)
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/submission-not-found"));
        JsonPath listed = list(minted, Map.of());
        assertThat(listed.getList("submissions.id")).doesNotContain(id);
        assertThat(listed.getLong("attemptsUsed")).isZero();
        assertThat(list(minted, Map.of("learner", alice)).getList("submissions.id"))
                .doesNotContain(id);

        // The learner herself, in her course, still sees it.
        Api.as(aliceInY).get(Api.SUBMISSIONS + "/" + id).then().statusCode(200);
        assertThat(list(aliceInY, Map.of()).getList("submissions.id")).containsExactly(id);
    }

    @Test
    void anInstructorKeyOpensSessionsOnlyInItsOwnCourseAndOneWithoutACourseNone() {
        String instructorX = Keys.create("instructor", "teacher-" + UUID.randomUUID(), courseX)
                .key();
        Api.as(instructorX)
                .contentType(ContentType.JSON)
                .body(Map.of("learner", alice, "courseId", courseY))
                .post("/api/v1/sessions")
                .then()
                .statusCode(403)
                .contentType(Api.PROBLEM_JSON)
                .body(
                        "detail",
                        equalTo("an instructor key of course '" + courseX + "' may not open sessions in course '"
                                + courseY + "'"));

        String courseless =
                Keys.create("instructor", "teacher-" + UUID.randomUUID(), null).key();
        for (Map<String, String> body :
                List.of(Map.of("learner", alice), Map.of("learner", alice, "courseId", courseY))) {
            Api.as(courseless)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/sessions")
                    .then()
                    .statusCode(403)
                    .contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("https://pygrade.dev/problems/forbidden"))
                    .body(
                            "detail",
                            equalTo("an instructor key without a course has no learners and may not open sessions;"
                                    + " use a key of the learner's course or an admin key"));
        }
        // Admins are global.
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("learner", alice, "courseId", courseY))
                .post("/api/v1/sessions")
                .then()
                .statusCode(200)
                .body("courseId", equalTo(courseY));
    }

    @Test
    void aSessionRequestWithABlankCourseIs422() {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("learner", alice, "courseId", " "))
                .post("/api/v1/sessions")
                .then()
                .statusCode(422)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/invalid-session-request"))
                .body("errors[0].field", equalTo("courseId"));
    }

    /**
     * Finding 2: another course's instructor key submits "for alice"; the graded result must not appear in alice's
     * history in her course nor count as one of her attempts there.
     */
    @Test
    void aSubmissionByAnotherCoursesInstructorIsNotInTheLearnersHistoryNorCounted() {
        String aliceInY = Keys.session(alice, courseY);
        String instructorX = Keys.create("instructor", "teacher-" + UUID.randomUUID(), courseX)
                .key();
        String planted =
                submit(instructorX, Map.of("learner", alice), 202).extract().path("id");
        try (Grader grader = new Grader(KafkaBroker.shared().bootstrapServers())) {
            grader.complete(planted, 1, GradingStatus.PASSED, 4.0);
        }
        await().atMost(WAIT).until(() -> "graded".equals(Api.get(planted).getString("status")));
        assertThat(Api.get(planted).getString("courseId")).isEqualTo(courseX);

        Api.as(aliceInY).get(Api.SUBMISSIONS + "/" + planted).then().statusCode(404);
        JsonPath history = list(aliceInY, Map.of("exerciseId", Api.GRID));
        assertThat(history.getList("submissions.id")).doesNotContain(planted);
        assertThat(history.getLong("attemptsUsed")).isZero();

        // Naming her course is refused outright, as before.
        submit(instructorX, Map.of("learner", alice, "courseId", courseY), 403);
    }

    @Test
    void anInstructorKeyWithoutACourseCannotSubmitForAnyoneNorIntoACourse() {
        String courseless =
                Keys.create("instructor", "teacher-" + UUID.randomUUID(), null).key();
        submit(courseless, Map.of("learner", alice, "courseId", courseY), 403)
                .body("detail", equalTo("courseId '" + courseY + "' is not the caller's course"));
        submit(courseless, Map.of("learner", alice), 403)
                .body(
                        "detail",
                        equalTo("an instructor key without a course has no learners: it may not submit for '" + alice
                                + "'; use a key of the learner's course or an admin key"));
        assertThat(list(Keys.session(alice, courseY), Map.of()).getList("submissions"))
                .isEmpty();
        // For itself, without a course, it may; and it sees only that.
        String own = submit(courseless, Map.of(), 202).extract().path("id");
        assertThat(list(courseless, Map.of()).getList("submissions.id")).containsExactly(own);
    }

    @Test
    void theSameSubjectWithoutACourseIsAnotherLearner() {
        String aliceInY = Keys.session(alice, courseY);
        String aliceNowhere = Keys.session(alice, null);
        String inY = Api.submit(aliceInY, Api.GRID, "x = 1\n");
        String nowhere = Api.submit(aliceNowhere, Api.GRID, "x = 2\n");
        Api.as(aliceNowhere).get(Api.SUBMISSIONS + "/" + inY).then().statusCode(404);
        Api.as(aliceInY).get(Api.SUBMISSIONS + "/" + nowhere).then().statusCode(404);
        assertThat(list(aliceNowhere, Map.of()).getList("submissions.id")).containsExactly(nowhere);
        assertThat(list(aliceInY, Map.of()).getList("submissions.id")).containsExactly(inY);
    }

    @Test
    void anIdempotencyKeyOfOneCourseIsNotReplayedInAnother() {
        String key = "retry-" + UUID.randomUUID();
        String inX = submitWithKey(Keys.session(alice, courseX), key);
        String inY = submitWithKey(Keys.session(alice, courseY), key);
        assertThat(inY).isNotEqualTo(inX);
        assertThat(Api.get(inY).getString("courseId")).isEqualTo(courseY);
    }

    private static String submitWithKey(String token, String idempotencyKey) {
        return Api.as(token)
                .header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID, "source", "x = 1\n"))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .header("Idempotency-Replayed", (String) null)
                .extract()
                .path("id");
    }

    private static ValidatableResponse submit(String token, Map<String, String> extra, int status) {
        Map<String, String> body = new HashMap<>(Map.of("exerciseId", Api.GRID, "source", "x = 1\n"));
        body.putAll(extra);
        return Api.as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(status);
    }

    private static JsonPath list(String token, Map<String, String> query) {
        return Api.as(token)
                .queryParams(query)
                .get(Api.SUBMISSIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
