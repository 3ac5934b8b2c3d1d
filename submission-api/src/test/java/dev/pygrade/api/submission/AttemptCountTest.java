package dev.pygrade.api.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A grading that failed for reasons of ours ({@code error}) is shown as such and never counts as an attempt. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class AttemptCountTest {

    @Test
    void anErrorIsDistinctAndDoesNotCountAsAnAttempt() {
        String learner = "counted-" + UUID.randomUUID();
        String token = Keys.session(learner, "course-a");
        String failed = Api.submit(token, Api.GRID, "x = 1\n");
        String broken = Api.submit(token, Api.GRID, "x = 2\n");
        String pending = Api.submit(token, Api.GRID, "x = 3\n");
        try (Grader grader = new Grader(KafkaBroker.shared().bootstrapServers())) {
            grader.complete(failed, 1, GradingStatus.FAILED, 1.0);
            grader.complete(broken, 1, GradingStatus.ERROR, 0.0);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "error".equals(view(token, broken).getString("status"))
                        && "graded".equals(view(token, failed).getString("status")));

        JsonPath error = view(token, broken);
        assertThat(error.getBoolean("countsAsAttempt")).isFalse();
        assertThat(error.getString("result.status")).isEqualTo("error");
        assertThat(error.getList("attempts.countsAsAttempt")).containsExactly(false);
        assertThat(view(token, failed).getBoolean("countsAsAttempt")).isTrue();

        JsonPath list = Api.as(token)
                .queryParam("exerciseId", Api.GRID)
                .get(Api.SUBMISSIONS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(list.getLong("attemptsUsed")).isEqualTo(1);
        assertThat(list.getList("submissions.id")).containsExactly(pending, broken, failed);
        assertThat(list.getList("submissions.status")).isEqualTo(List.of("queued", "error", "graded"));
        assertThat(list.getList("submissions.countsAsAttempt")).isEqualTo(List.of(false, false, true));
    }

    private static JsonPath view(String token, String id) {
        return Api.as(token)
                .get(Api.SUBMISSIONS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
