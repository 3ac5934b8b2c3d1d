package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygrade.testkit.Processes;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A submission posted while grader-service is down waits on Kafka and is graded once it comes back. */
@Order(2)
class GraderOutageE2ETest {
    @Test
    void aSubmissionPostedWhileTheGraderIsDownIsGradedWhenItReturns() {
        Stack stack = Stack.shared();
        ApiClient api = stack.client();
        stack.grader.stop();
        try {
            String id = api.submit(Solutions.EXERCISE, Solutions.passing());
            Processes.sleep(Duration.ofSeconds(3));
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
