package dev.pygrade.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaMessages;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A grading that fails for reasons of ours (here the sandbox image is missing) is retried, then ends as
 * {@code error}, told apart from a failed solution, and says it does not count against the learner.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(InfrastructureFailureTest.MissingImage.class)
@NeedsInfrastructure
class InfrastructureFailureTest {
    public static class MissingImage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pygrade.sandbox.image", "pygrade-no-such-image:missing");
        }
    }

    @Test
    void aMissingImageIsRetriedThenAnErrorThatDoesNotCountAgainstTheLearner() {
        String id = UUID.randomUUID().toString();
        SubmissionRequested request = SubmissionRequested.of(
                id, 1, "grid-without-aliasing", null, Map.of("solution.py", "def make_grid(r, c, f=0):\n    pass\n"));
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        KafkaMessages.send(bootstrap, Topics.SUBMISSIONS, id, ContractJson.write(request));
        GradingCompleted completed = KafkaMessages.readUntil(
                        bootstrap,
                        Topics.RESULTS,
                        records -> records.stream()
                                .anyMatch(r -> id.equals(r.key()) && r.value().contains("\"grading-completed\"")),
                        Duration.ofSeconds(90))
                .stream()
                .filter(r -> id.equals(r.key()))
                .map(r -> ContractJson.readResultEvent(r.value()))
                .filter(GradingCompleted.class::isInstance)
                .map(GradingCompleted.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(completed.result().status()).isEqualTo(GradingStatus.ERROR);
        assertThat(completed.result().summary())
                .contains("could not run after 3 attempts")
                .contains("does not count against you");
        assertThat(completed.result().score()).isZero();
        assertThat(completed.result().tests()).isEmpty();
    }
}
