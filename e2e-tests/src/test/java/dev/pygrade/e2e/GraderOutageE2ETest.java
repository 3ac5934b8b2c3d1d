package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygrade.testkit.NeedsInfrastructure;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A submission posted while grader-service is down waits on Kafka and is graded once it comes back. */
@Order(2)
@NeedsInfrastructure
class GraderOutageE2ETest {
    private static final Pattern EMPTY_OUTBOX = Pattern.compile("(?m)^pygrade_outbox_backlog(\\{[^}]*})? 0\\.0$");

    @Test
    void aSubmissionPostedWhileTheGraderIsDownIsGradedWhenItReturns() {
        Stack stack = Stack.shared();
        ApiClient api = stack.client();
        ApiClient management = stack.management();
        stack.grader.stop();
        try {
            String id = api.submit(Solutions.EXERCISE, Solutions.passing());
            // On Kafka, with nobody to take it: the outbox has handed it over and it stays queued.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> EMPTY_OUTBOX
                            .matcher(management.get("/q/metrics").body())
                            .find());
            assertThat(api.submission(id).get("status").asText()).isEqualTo("queued");
            stack.grader.start();
            JsonNode graded = api.awaitGraded(id, Duration.ofSeconds(120));
            assertThat(graded.get("status").asText()).isEqualTo("graded");
            assertThat(graded.at("/result/status").asText()).isEqualTo("passed");
        } finally {
            if (!stack.grader.isAlive()) {
                stack.grader.start();
            }
        }
    }
}
