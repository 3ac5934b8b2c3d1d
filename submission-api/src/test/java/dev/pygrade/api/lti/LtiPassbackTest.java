package dev.pygrade.api.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.api.auth.SessionTokens;
import dev.pygrade.api.lti.platform.LaunchBuilder;
import dev.pygrade.api.lti.platform.ReceivedScore;
import dev.pygrade.api.lti.platform.TestPlatform;
import dev.pygrade.api.lti.support.LaunchDriver;
import dev.pygrade.api.lti.support.LtiAdmin;
import dev.pygrade.api.lti.support.TestGrader;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Sql;
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
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AGS passback through its outbox: a score endpoint that fails (5xx, timeout) receives the score once it recovers,
 * exactly once per grading attempt; failures are visible to admins and can be retried; the score policy decides
 * which score counts.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class LtiPassbackTest {
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String PASSING = "def make_grid(rows, cols, fill=0):\n    return []\n";
    private static final String FAILING = "def make_grid(rows, cols, fill=0):\n    pass\n";

    @Inject
    SessionTokens sessions;

    @Inject
    AgroalDataSource dataSource;

    private final String tool = ConfigProvider.getConfig().getValue("pygrade.lti.base-url", String.class);
    private static TestPlatform platform;
    private static long registration;
    private LtiAdmin admin;
    private TestGrader grader;

    @BeforeEach
    void start() {
        admin = new LtiAdmin(sessions);
        if (platform == null) {
            platform = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-ags");
            registration = admin.register(platform);
        }
        platform.failScores(0, TestPlatform.Failure.UNAVAILABLE);
        grader = new TestGrader(KafkaBroker.shared().bootstrapServers());
    }

    @AfterEach
    void stopGrader() throws InterruptedException {
        grader.close();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    @Test
    void aPlatformAnswering503ReceivesTheScoreOnceItRecovers() {
        platform.failScores(2, TestPlatform.Failure.UNAVAILABLE);
        int before = platform.scoreRequests();
        String id = submit(launch("learner-5xx", "col-5xx"), PASSING);

        await().atMost(WAIT).until(() -> scores("col-5xx").size() == 1);
        awaitSettled(id, 1); // a wrong second send would come before the row is settled
        assertThat(scores("col-5xx")).hasSize(1);
        assertThat(scores("col-5xx").get(0).score().scoreGiven).isEqualTo(4.0);
        assertThat(platform.scoreRequests() - before).isEqualTo(3);
        assertThat(passbacks(id)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("status", "sent").containsEntry("attempts", 3);
            assertThat(row.get("last_error")).isNull();
        });
    }

    @Test
    void aPlatformThatTimesOutReceivesTheScoreOnceItRecovers() {
        platform.failScores(1, TestPlatform.Failure.TIMEOUT);
        String id = submit(launch("learner-slow", "col-slow"), PASSING);

        await().atMost(WAIT).until(() -> scores("col-slow").size() == 1);
        awaitSettled(id, 1);
        assertThat(scores("col-slow")).hasSize(1);
        assertThat(passbacks(id))
                .singleElement()
                .satisfies(
                        row -> assertThat(row).containsEntry("status", "sent").containsEntry("attempts", 2));
    }

    @Test
    void aRevokedTokenAndAFailingTokenEndpointStillEndInOneScore() {
        submit(launch("learner-token", "col-token-warm"), PASSING); // leaves a cached token behind
        await().atMost(WAIT).until(() -> scores("col-token-warm").size() == 1);
        int grants = platform.grants().size();
        platform.revokeTokens();
        platform.failTokens(1);

        String id = submit(launch("learner-token", "col-token"), PASSING);
        await().atMost(WAIT).until(() -> scores("col-token").size() == 1);
        awaitSettled(id, 1);
        assertThat(scores("col-token")).hasSize(1);
        // 401 with the cached token (dropped), 503 from the token endpoint, then a fresh token that works
        assertThat(passbacks(id))
                .singleElement()
                .satisfies(
                        row -> assertThat(row).containsEntry("status", "sent").containsEntry("attempts", 3));
        assertThat(platform.grants()).hasSize(grants + 1);
        assertThat(scores("col-token").get(0).bearerToken())
                .isEqualTo(platform.grants().get(grants).accessToken());
    }

    @Test
    void oneScorePerGradingAttemptWhateverKafkaRedelivers() {
        String id = submit(launch("learner-dup", "col-dup"), PASSING);
        await().atMost(WAIT).until(() -> scores("col-dup").size() == 1);

        grader.publish(id, 1, Api.GRID, 4.0, "4 of 4 tests passed"); // a redelivered result
        grader.publish(id, 2, Api.GRID, 2.0, "2 of 4 after a regrade"); // a second grading attempt
        await().atMost(WAIT).until(() -> scores("col-dup").size() == 2);
        // Same key, same partition: once attempt 2 is settled, the redelivered attempt 1 was consumed before it.
        awaitSettled(id, 2);
        assertThat(scores("col-dup")).hasSize(2);
        assertThat(scores("col-dup").get(1).score().scoreGiven).isEqualTo(2.0);
        assertThat(scores("col-dup").get(1).score().comment).contains("2 of 4 after a regrade");
        assertThat(passbacks(id)).extracting(row -> row.get("attempt")).containsExactly(1, 2);
    }

    @Test
    void failuresAreVisibleToAdminsAndCanBeRetried() {
        platform.failScores(1_000_000, TestPlatform.Failure.UNAVAILABLE);
        String id = submit(launch("learner-down", "col-down"), PASSING);
        await().atMost(WAIT)
                .until(() -> !passbacks(id).isEmpty()
                        && ((Number) passbacks(id).get(0).get("attempts")).intValue() >= 2);

        List<Map<String, Object>> pending = admin.request()
                .get("/api/v1/lti/passbacks?status=pending")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(pending)
                .filteredOn(p -> id.equals(p.get("submissionId")))
                .singleElement()
                .satisfies(p -> assertThat((String) p.get("lastError")).contains("503"));

        // Near the end of the try budget, one more failure gives up: the row is failed, for admins to see.
        update("update lti_passback set attempts = 149 where submission_id = '" + id + "'");
        await().atMost(WAIT).until(() -> "failed".equals(passbacks(id).get(0).get("status")));
        List<Map<String, Object>> failed = admin.request()
                .get("/api/v1/lti/passbacks?status=failed")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        Map<String, Object> row = failed.stream()
                .filter(p -> id.equals(p.get("submissionId")))
                .findFirst()
                .orElseThrow();
        assertThat(scores("col-down")).isEmpty();

        platform.failScores(0, TestPlatform.Failure.UNAVAILABLE);
        admin.request()
                .post("/api/v1/lti/passbacks/" + row.get("id") + "/retry")
                .then()
                .statusCode(200);
        await().atMost(WAIT).until(() -> scores("col-down").size() == 1);
        // The platform has the score before the relay marks the row sent: wait for that too.
        await().atMost(WAIT).until(() -> "sent".equals(passbacks(id).get(0).get("status")));
        assertThat(scores("col-down")).hasSize(1);
    }

    @Test
    void theBestScoreCountsWhereTheCourseSaysSo() {
        String course = "lti:" + registration + ":course-101";
        admin.request()
                .contentType(ContentType.JSON)
                .body(Map.of("policy", "best"))
                .put("/api/v1/lti/score-policies/course/" + course)
                .then()
                .statusCode(200);
        try {
            String cookie = launch("learner-best", "col-best");
            submit(cookie, PASSING);
            await().atMost(WAIT).until(() -> scores("col-best").size() == 1);
            submit(cookie, FAILING);
            await().atMost(WAIT).until(() -> scores("col-best").size() == 2);
            ReceivedScore second = scores("col-best").get(1);
            assertThat(second.score().scoreGiven).isEqualTo(4.0);
            assertThat(second.score().comment)
                    .contains("Best submission counts")
                    .contains("1 of 4 tests passed");
        } finally {
            admin.request()
                    .delete("/api/v1/lti/score-policies/course/" + course)
                    .then()
                    .statusCode(204);
        }
    }

    /** A learner's launch on one line item; returns the session cookie. */
    /**
     * Token and score URLs get the registration's reach, as its key set does: once the registration no longer allows
     * private networks, the platform on loopback is never called and the score's last error says only why.
     */
    @Test
    void aPlatformWhoseRegistrationNoLongerAllowsPrivateNetworksIsNotCalled() {
        try (TestPlatform internal = TestPlatform.start(tool, "pygrade-" + UUID.randomUUID(), "deployment-internal")) {
            long id = admin.register(internal);
            String cookie = launch(internal, "learner-internal", "col-internal");
            update("update lti_registration set allow_private_network = false where id = " + id);
            String submission = submit(cookie, PASSING);

            await().atMost(WAIT)
                    .until(() -> passbacks(submission).stream().anyMatch(row -> row.get("last_error") != null));
            assertThat((String) passbacks(submission).get(0).get("last_error"))
                    .isEqualTo("token endpoint " + internal.baseUrl() + "/token: refused: loopback address");
            assertThat(internal.grants()).isEmpty();
            assertThat(internal.scoreRequests()).isZero();
        }
    }

    /**
     * Waits until the submission has {@code rows} passback rows and every one is sent: the relay takes only pending
     * rows, so nothing is sent for them after this.
     */
    private void awaitSettled(String submission, int rows) {
        await().atMost(WAIT).until(() -> {
            List<Map<String, Object>> passbacks = passbacks(submission);
            return passbacks.size() == rows && passbacks.stream().allMatch(row -> "sent".equals(row.get("status")));
        });
    }

    private String launch(String sub, String lineitem) {
        return launch(platform, sub, lineitem);
    }

    private String launch(TestPlatform on, String sub, String lineitem) {
        LaunchDriver driver = new LaunchDriver(on);
        LaunchDriver.Login login = driver.login(tool + "/learn/" + Api.GRID);
        Map<String, Object> claims = LaunchBuilder.claims(
                LaunchBuilder.resourceLink(on, sub, Api.GRID, on.lineitem(lineitem)), login.nonce());
        Response response = driver.launch(on.key().sign(LaunchBuilder.json(claims)), login.state());
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
        return response.getCookie(LtiSession.COOKIE);
    }

    private static String submit(String cookie, String source) {
        return given().cookie(LtiSession.COOKIE, cookie)
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID, "source", source))
                .post(Api.SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static List<ReceivedScore> scores(String lineitem) {
        return platform.scores().stream()
                .filter(s -> s.path().equals("/lineitems/" + lineitem + "/lineitem/scores"))
                .toList();
    }

    private List<Map<String, Object>> passbacks(String submissionId) {
        return new Sql(dataSource)
                .rows(
                        "select * from lti_passback where submission_id = ? order by attempt",
                        UUID.fromString(submissionId));
    }

    private void update(String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
