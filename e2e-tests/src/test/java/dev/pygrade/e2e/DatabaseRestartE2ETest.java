package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.testkit.NeedsInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is stopped while submissions are being graded: the API answers 503 with Retry-After (never 500) and
 * stores nothing, a result that arrives meanwhile is retried (not dead-lettered, and the results channel keeps
 * running), and once the database is back every submission it accepted is graded exactly once.
 */
@Order(5)
@NeedsInfrastructure
class DatabaseRestartE2ETest {
    /** What ResultsConsumer logs when it waits out the database. */
    private static final String RESULT_RETRIED = "results: database unreachable";

    @Test
    void theApiAnswers503WhileTheDatabaseIsDownAndLosesNothing() {
        Stack stack = Stack.shared();
        ApiClient api = stack.client();
        ApiClient management = stack.management();
        List<String> ids = new ArrayList<>();
        int retriedBefore = stack.api.logLines(RESULT_RETRIED);
        for (int i = 0; i < 4; i++) {
            ids.add(api.submit(Solutions.EXERCISE, Solutions.passing()));
        }
        // A grading under way: its result, and those of the others, reach the API while the database is down.
        api.awaitStatus(ids.get(0), "running", Duration.ofSeconds(60));
        stack.postgres.stop();
        try {
            HttpResponse<String> refused = api.trySubmit(Solutions.EXERCISE, Solutions.passing());
            assertUnavailable(refused);
            assertUnavailable(api.get("/api/v1/submissions/" + ids.get(0)));
            assertUnavailable(api.get("/api/v1/submissions"));
            assertThat(management.get("/q/health/ready").statusCode()).isEqualTo(503);
            // Keep the database down until a result has reached the API and been put off.
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> stack.api.logLines(RESULT_RETRIED) > retriedBefore);
        } finally {
            stack.postgres.startServer();
        }
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> management.get("/q/health/ready").statusCode() == 200);
        for (int i = 0; i < 4; i++) {
            ids.add(api.submit(Solutions.EXERCISE, Solutions.passing()));
        }
        ids.forEach(id -> api.awaitGradedOnce(id, "passed", Duration.ofSeconds(180)));
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiClient.read(response.body()).get("detail").asText()).contains("database");
    }
}
