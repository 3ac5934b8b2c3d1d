package dev.pygrade.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.TestClock;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token buckets per learner and per API key: 429 with Retry-After once empty, nothing stored. */
@QuarkusTest
@TestProfile(SmallBucketsProfile.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class RateLimitTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    /** Time stands still while a test spends its tokens, so that no refill, however slow the machine, changes them. */
    @BeforeEach
    void holdTheClock() {
        clock.hold();
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void aLearnerGetsTheBurstThen429WithRetryAfter() {
        String learner = "eager-" + UUID.randomUUID();
        String token = Keys.session(learner, "course-r");
        for (int i = 0; i < 3; i++) {
            submit(token, Map.of()).then().statusCode(202);
        }
        Response refused = submit(token, Map.of());
        refused.then()
                .statusCode(429)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/rate-limited"))
                .body("detail", equalTo("learner '" + learner + "' may submit 6 times per minute; try again in 10 s"));
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        assertThat(new Sql(dataSource).count("select count(*) from submission where learner_subject = ?", learner))
                .isEqualTo(3);
        // Another learner is not held back by the first one.
        submit(Keys.session("calm-" + UUID.randomUUID(), "course-r"), Map.of())
                .then()
                .statusCode(202);
    }

    @Test
    void anApiKeyIsLimitedAcrossItsLearnersAndMayHaveItsOwnRate() {
        Keys.Created lms = Keys.create("instructor", "lms-" + UUID.randomUUID(), "course-k", null, 2);
        for (int i = 0; i < 2; i++) {
            submit(lms.key(), Map.of("learner", "l" + i + "-" + UUID.randomUUID()))
                    .then()
                    .statusCode(202);
        }
        Response refused = submit(lms.key(), Map.of("learner", "l3-" + UUID.randomUUID()));
        refused.then()
                .statusCode(429)
                .body("detail", equalTo("API key " + lms.id() + " may submit 2 times per minute; try again in 30 s"));
        assertThat(refused.header("Retry-After")).isEqualTo("30");
    }

    @Test
    void aRefusedLearnerDoesNotSpendTheKeysTokens() {
        Keys.Created lms = Keys.create("instructor", "lms-" + UUID.randomUUID(), "course-k");
        String learner = "busy-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            submit(lms.key(), Map.of("learner", learner)).then().statusCode(202);
        }
        submit(lms.key(), Map.of("learner", learner)).then().statusCode(429);
        submit(lms.key(), Map.of("learner", learner)).then().statusCode(429);
        // The key's 5 tokens: 3 spent, the two refusals gave theirs back.
        submit(lms.key(), Map.of("learner", "a-" + UUID.randomUUID())).then().statusCode(202);
        submit(lms.key(), Map.of("learner", "b-" + UUID.randomUUID())).then().statusCode(202);
        submit(lms.key(), Map.of("learner", "c-" + UUID.randomUUID())).then().statusCode(429);
    }

    private static Response submit(String token, Map<String, String> extra) {
        Map<String, String> body = new HashMap<>(Map.of("exerciseId", Api.GRID, "source", "x = 1\n"));
        body.putAll(extra);
        return Api.as(token).contentType(ContentType.JSON).body(body).post(Api.SUBMISSIONS);
    }
}
