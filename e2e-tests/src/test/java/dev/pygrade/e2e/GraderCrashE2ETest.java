package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.NeedsInfrastructure;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * grader-service is killed (SIGKILL) in the middle of gradings: its uncommitted submissions are graded again by
 * the restarted grader, each submission ends graded exactly once, and the killed grader's sandboxes are swept.
 */
@Order(3)
@NeedsInfrastructure
class GraderCrashE2ETest {
    private static final int SUBMISSIONS = 12;

    @Test
    void everySubmissionEndsGradedExactlyOnceAfterTheGraderIsKilled() {
        Stack stack = Stack.shared();
        ApiClient api = stack.client();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            boolean passing = i % 2 == 0;
            String id = api.submit(Solutions.EXERCISE, passing ? Solutions.passing() : Solutions.failing());
            expected.put(id, passing ? "passed" : "failed");
        }
        // Kill it once it is busy: a sandbox of this grader is running and some submissions are still waiting.
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        !DockerEngine.containersLabelled(stack.graderLabel()).isEmpty());
        stack.grader.kill();
        List<String> leftBehind = DockerEngine.containersLabelled(stack.graderLabel());
        long waiting = expected.keySet().stream()
                .filter(id -> !api.submission(id).get("status").asText().equals("graded"))
                .count();
        assertThat(waiting)
                .as("submissions not yet graded when the grader was killed")
                .isPositive();

        stack.grader.start();
        expected.forEach((id, status) -> api.awaitGradedOnce(id, status, Duration.ofSeconds(180)));
        // The restarted grader removed the sandboxes its killed predecessor left behind.
        assertThat(leftBehind).isNotEmpty();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(DockerEngine.containersLabelled(stack.graderLabel()))
                        .doesNotContainAnyElementsOf(leftBehind));
    }
}
