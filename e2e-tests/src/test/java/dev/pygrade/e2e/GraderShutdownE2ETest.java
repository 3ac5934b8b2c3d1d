package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.NeedsInfrastructure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A grader stopped (SIGTERM) with a grading that outlasts its shutdown timeout turns its readiness DOWN and hands that
 * grading back: it publishes no result, and the next grader grades the submission, once, as the same attempt.
 */
@Order(7)
@NeedsInfrastructure
class GraderShutdownE2ETest {
    /**
     * The reference of append-to-fresh-list, slowed down: the first call of each function sleeps 1.5 s (each in
     * its own test, under the 2 s per test), so the grading takes ~4 s, longer than the grader's shutdown timeout.
     */
    private static final String SLOW_PREFIX = """
            import time
            _not_yet_slowed = {"append_to", "tally"}


            def _slowly(function):
                if function in _not_yet_slowed:
                    _not_yet_slowed.discard(function)
                    time.sleep(1.5)


            """;

    @Test
    void aGradingCutShortByShutdownIsGradedByTheNextGrader() {
        Stack stack = Stack.shared();
        ApiClient api = stack.client();
        ServiceProcess impatient = stack.newGrader("e2e-grader-impatient", DockerEngine.sandboxImage())
                .with("pygrade.grader.shutdown-timeout-seconds", "1");
        stack.grader.stop();
        try {
            impatient.start();
            String id = api.submit(Solutions.EXERCISE, slowReference());
            api.awaitStatus(id, "running", Duration.ofSeconds(60));
            impatient.terminate();
            await("readiness DOWN while the grader shuts down")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(impatient::readinessStatus, status -> status == 503);
            impatient.stop();
            assertThat(api.submission(id).get("status").asText())
                    .as("status after the grader stopped in the middle of the grading")
                    .isEqualTo("running");
            assertThat(impatient.gradedCount()).isZero();

            stack.grader.start();
            api.awaitGradedOnce(id, "passed", Duration.ofSeconds(120));
        } finally {
            impatient.stop();
            if (!stack.grader.isAlive()) {
                stack.grader.start();
            }
        }
    }

    private static Map<String, String> slowReference() {
        String reference = Solutions.passing().get("solution.py");
        String slowed = reference
                .replace(
                        "def append_to(item, items=None):\n",
                        "def append_to(item, items=None):\n    _slowly(\"append_to\")\n")
                .replace("def tally(word, counts=None):\n", "def tally(word, counts=None):\n    _slowly(\"tally\")\n");
        assertThat(slowed).as("both functions slowed").contains("_slowly(\"append_to\")", "_slowly(\"tally\")");
        return Map.of("solution.py", SLOW_PREFIX + slowed);
    }
}
