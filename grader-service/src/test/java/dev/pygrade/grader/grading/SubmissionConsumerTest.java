package dev.pygrade.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.GradingStarted;
import dev.pygrade.contract.ResultEvent;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaMessages;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** grader-service as a whole: a real broker, the real engine and image, the real exercise catalog. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@NeedsInfrastructure
class SubmissionConsumerTest {
    private static final String REFERENCE =
            "def make_grid(rows, cols, fill=0):\n    return [[fill] * cols for _ in range(rows)]\n\n"
                    + "def copy_grid(grid):\n    return [list(row) for row in grid]\n";

    @Test
    void gradesASubmissionAndPublishesStartedThenCompletedUnderItsKey() {
        String id = submit("grid-without-aliasing", Map.of("solution.py", REFERENCE));
        List<ResultEvent> events = eventsFor(id, 2);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(GradingStarted.class);
        GradingCompleted completed = (GradingCompleted) events.get(1);
        assertThat(completed.result().status()).isEqualTo(GradingStatus.PASSED);
        assertThat(completed.result().score()).isEqualTo(9.0);
        assertThat(completed.graderId()).isEqualTo("grader-test");
        assertThat(completed.result().exerciseVersion()).startsWith("sha256:");
    }

    @Test
    void unknownExerciseEndsAsAnErrorThatIsNotTheLearnersFault() {
        String id = submit("no-such-exercise", Map.of("solution.py", "x = 1\n"));
        GradingCompleted completed = completed(id);
        assertThat(completed.result().status()).isEqualTo(GradingStatus.ERROR);
        assertThat(completed.result().summary()).contains("no-such-exercise").contains("does not count against you");
    }

    @Test
    void filesTheExerciseDoesNotAcceptAreRejected() {
        String id = submit("grid-without-aliasing", Map.of("../evil.py", "x = 1\n", "solution.py", REFERENCE));
        GradingCompleted completed = completed(id);
        assertThat(completed.result().status()).isEqualTo(GradingStatus.REJECTED);
        assertThat(completed.result().summary()).contains("'../evil.py' is not a valid Python module file name");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndGradingGoesOn() {
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaMessages.send(bootstrap(), Topics.SUBMISSIONS, poisonKey, "{this is not json");
        String id = submit("grid-without-aliasing", Map.of("solution.py", REFERENCE));
        assertThat(eventsFor(id, 2)).hasSize(2);
        List<ConsumerRecord<String, String>> dead = KafkaMessages.readUntil(
                bootstrap(),
                Topics.SUBMISSIONS_DLQ,
                records -> records.stream().anyMatch(r -> poisonKey.equals(r.key())),
                Duration.ofSeconds(30));
        ConsumerRecord<String, String> record =
                dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(record.value()).isEqualTo("{this is not json");
        assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not valid JSON");
    }

    private static String submit(String exerciseId, Map<String, String> files) {
        String id = UUID.randomUUID().toString();
        SubmissionRequested request = SubmissionRequested.of(id, 1, exerciseId, null, files);
        KafkaMessages.send(bootstrap(), Topics.SUBMISSIONS, id, ContractJson.write(request));
        return id;
    }

    /** The result among the submission's two events: started and completed come from two producers, in any order. */
    private static GradingCompleted completed(String id) {
        return eventsFor(id, 2).stream()
                .filter(GradingCompleted.class::isInstance)
                .map(GradingCompleted.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static List<ResultEvent> eventsFor(String id, int count) {
        return KafkaMessages.readUntil(
                        bootstrap(),
                        Topics.RESULTS,
                        records ->
                                records.stream().filter(r -> id.equals(r.key())).count() >= count,
                        Duration.ofSeconds(90))
                .stream()
                .filter(r -> id.equals(r.key()))
                .map(r -> ContractJson.readResultEvent(r.value()))
                .toList();
    }

    private static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
    }
}
