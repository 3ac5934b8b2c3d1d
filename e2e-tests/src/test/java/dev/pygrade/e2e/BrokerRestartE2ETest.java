package dev.pygrade.e2e;

import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.Processes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The Kafka broker is stopped and restarted while submissions flow: submissions accepted meanwhile wait in the
 * API's outbox, gradings in flight publish once the broker is back, and every submission is graded exactly once.
 */
@Order(4)
@NeedsInfrastructure
class BrokerRestartE2ETest {
    @Test
    void nothingIsLostAndNothingGradedTwiceAcrossABrokerRestart() {
        Stack stack = Stack.shared();
        ApiClient api = stack.client();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(api.submit(Solutions.EXERCISE, Solutions.passing()));
        }
        stack.kafka.stop();
        try {
            // Accepted while the broker is down: the submission and its outbox row are in the database.
            for (int i = 0; i < 4; i++) {
                ids.add(api.submit(Solutions.EXERCISE, Solutions.passing()));
            }
            // The outage's length is what is tested here: the outbox relay fails against the stopped broker meanwhile.
            Processes.sleep(Duration.ofSeconds(3));
        } finally {
            stack.kafka.restart();
        }
        for (int i = 0; i < 4; i++) {
            ids.add(api.submit(Solutions.EXERCISE, Solutions.passing()));
        }
        ids.forEach(id -> api.awaitGradedOnce(id, "passed", Duration.ofSeconds(240)));
    }
}
