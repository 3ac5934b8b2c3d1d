package dev.pygrade.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees which submission: learners their own, instructors their course's, admins all; ids cannot be probed. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class SubmissionOwnershipTest {
    private final String course = "course-" + UUID.randomUUID();
    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();

    @Test
    void aLearnerCannotReadAnotherLearnersSubmissionAndGetsTheSameAnswerAsForNoSuchId() {
        String aliceToken = Keys.session(alice, course);
        String bobToken = Keys.session(bob, course);
        String id = Api.submit(aliceToken, Api.GRID, "x = 1\n");

        Api.as(aliceToken)
                .get(Api.SUBMISSIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("learner", equalTo(alice));
        String other = Api.as(bobToken)
                .get(Api.SUBMISSIONS + "/" + id)
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON)
                .extract()
                .path("detail");
        String unknownId = UUID.randomUUID().toString();
        String none = Api.as(bobToken)
                .get(Api.SUBMISSIONS + "/" + unknownId)
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        assertThat(other).isEqualTo(none.replace(unknownId, id));
        assertThat(Api.as(bobToken).get(Api.SUBMISSIONS).jsonPath().getList("submissions.id"))
                .doesNotContain(id);
    }

    @Test
    void instructorsSeeTheirCoursesSubmissionsOnlyAndAdminsSeeAll() {
        String id = Api.submit(Keys.session(alice, course), Api.GRID, "x = 1\n");
        String ownInstructor = Keys.create("instructor", "teacher-" + UUID.randomUUID(), course)
                .key();
        String otherInstructor = Keys.create("instructor", "other-" + UUID.randomUUID(), "another-course")
                .key();

        Api.as(ownInstructor)
                .get(Api.SUBMISSIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("courseId", equalTo(course));
        Api.as(otherInstructor).get(Api.SUBMISSIONS + "/" + id).then().statusCode(404);
        Api.asAdmin().get(Api.SUBMISSIONS + "/" + id).then().statusCode(200);
        assertThat(Api.as(ownInstructor).get(Api.SUBMISSIONS).jsonPath().getList("submissions.id"))
                .contains(id);
        assertThat(Api.as(otherInstructor).get(Api.SUBMISSIONS).jsonPath().getList("submissions.id"))
                .doesNotContain(id);
        List<String> courses =
                Api.as(ownInstructor).get(Api.SUBMISSIONS).jsonPath().getList("submissions.courseId");
        assertThat(courses).containsOnly(course);
    }

    @Test
    void anInstructorKeySubmitsOnBehalfOfALearnerWhoThenSeesIt() {
        String lms =
                Keys.create("instructor", "lms-" + UUID.randomUUID(), course).key();
        String id = Api.as(lms)
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID, "source", "x = 1\n", "learner", bob))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.as(Keys.session(bob, course))
                .get(Api.SUBMISSIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("learner", equalTo(bob))
                .body("courseId", equalTo(course));
    }

    @Test
    void learnersAndSessionsCannotSubmitForOthersOrElsewhere() {
        String aliceToken = Keys.session(alice, course);
        forbidden(
                aliceToken, Map.of("learner", bob), "only instructor or admin API keys may submit for another learner");
        forbidden(aliceToken, Map.of("courseId", "x"), "courseId 'x' is not the caller's course ('" + course + "')");
        forbidden(
                aliceToken,
                Map.of("callbackUrl", "http://127.0.0.1:1/hook"),
                "callbackUrl is for API-key callers only; sessions follow their submissions with GET");
        String learnerKey = Keys.create("learner", alice, course).key();
        forbidden(
                learnerKey, Map.of("learner", bob), "only instructor or admin API keys may submit for another learner");
        String instructor =
                Keys.create("instructor", "t-" + UUID.randomUUID(), course).key();
        forbidden(
                instructor,
                Map.of("learner", bob, "courseId", "x"),
                "courseId 'x' is not the caller's course ('" + course + "')");
    }

    @Test
    void aLearnerListingAnotherLearnerIs403() {
        Api.as(Keys.session(alice, course))
                .queryParam("learner", bob)
                .get(Api.SUBMISSIONS)
                .then()
                .statusCode(403)
                .body("detail", equalTo("learners see only their own submissions"));
    }

    private static void forbidden(String token, Map<String, String> extra, String detail) {
        Map<String, String> body = new HashMap<>(Map.of("exerciseId", Api.GRID, "source", "x = 1\n"));
        body.putAll(extra);
        Api.as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(403)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/forbidden"))
                .body("detail", equalTo(detail));
    }
}
