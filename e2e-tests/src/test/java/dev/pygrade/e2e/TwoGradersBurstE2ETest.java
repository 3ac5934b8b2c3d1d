package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.NeedsInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A burst of 200 submissions is accepted and shared by two graders in one consumer group; one of them is stopped
 * halfway and its work moves to the other. None is lost, none is graded twice.
 */
@Order(6)
@NeedsInfrastructure
class TwoGradersBurstE2ETest {
    private static final int BURST = 200;

    @Test
    void twoGradersShareABurstAndStoppingOneMovesItsWorkToTheOther() throws Exception {
        Stack stack = Stack.shared();
        ApiClient api = stack.client();
        ServiceProcess second =
                stack.newGrader("e2e-grader-2", DockerEngine.sandboxImage()).start();
        List<String> ids = new ArrayList<>();
        try {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<String>> accepted = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                boolean passing = i % 2 == 0;
                accepted.add(clients.submit(
                        () -> api.submit(Solutions.EXERCISE, passing ? Solutions.passing() : Solutions.failing())));
            }
            for (Future<String> id : accepted) {
                ids.add(id.get());
            }
            clients.shutdown();
            assertThat(ids).doesNotHaveDuplicates().hasSize(BURST);

            // Both take part; then the second is stopped (SIGTERM) with work left in its partitions.
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> stack.grader.gradedCount() >= 5 && second.gradedCount() >= 5);
            second.stop();
        } finally {
            second.stop();
        }
        int byFirstBeforeTheEnd = stack.grader.gradedCount();
        for (int i = 0; i < ids.size(); i++) {
            api.awaitGradedOnce(ids.get(i), i % 2 == 0 ? "passed" : "failed", Duration.ofSeconds(600));
        }
        int bySecond = second.gradedCount();
        assertThat(bySecond).as("gradings by the stopped grader").isBetween(5, BURST - 1);
        assertThat(stack.grader.gradedCount())
                .as("the first grader took over the second's partitions")
                .isGreaterThan(byFirstBeforeTheEnd);
    }
}
