package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Foundation: the reference and the known-wrong solutions of both sample exercises go in through the REST API,
 * through Kafka, into the hardened sandbox, and their scores come back through GET.
 */
@Order(1)
@NeedsInfrastructure
class SampleExercisesE2ETest {
    private static final Path EXERCISES = RepositoryRoot.get().resolve("exercises");

    @Test
    void referencesScoreFullMarksAndWrongSolutionsGetTheirVerdicts() throws IOException {
        ApiClient api = Stack.shared().client();
        Map<String, String> submitted = new LinkedHashMap<>();
        for (String folder :
                new String[] {"day08-lists/grid-without-aliasing", "day14-arguments/append-to-fresh-list"}) {
            Path exercise = EXERCISES.resolve(folder);
            String id = exercise.getFileName().toString();
            submitted.put(api.submit(id, solution(exercise.resolve("solution.py"))), id + ":reference");
            try (var wrong = Files.list(exercise.resolve("wrong"))) {
                for (Path file : wrong.sorted().toList()) {
                    submitted.put(api.submit(id, solution(file)), id + ":" + file.getFileName());
                }
            }
        }
        Map<String, JsonNode> results = new LinkedHashMap<>();
        submitted.forEach((id, what) ->
                results.put(what, api.awaitGraded(id, Duration.ofSeconds(120)).get("result")));

        for (String reference : new String[] {"grid-without-aliasing:reference", "append-to-fresh-list:reference"}) {
            JsonNode result = results.get(reference);
            assertThat(result.get("status").asText()).as(reference).isEqualTo("passed");
            assertThat(result.get("score").asDouble())
                    .as(reference)
                    .isEqualTo(result.get("maxScore").asDouble());
            assertThat(result.get("maxScore").asDouble()).as(reference).isPositive();
        }
        assertFailed(
                results.get("grid-without-aliasing:multiplied_rows.py"), "test_hidden.py::test_rows_are_independent");
        assertFailed(
                results.get("grid-without-aliasing:shallow_copy.py"), "test_hidden.py::test_copy_rows_are_independent");
        assertFailed(
                results.get("append-to-fresh-list:mutable_default.py"),
                "test_visible.py::test_second_call_starts_fresh");
        assertFailed(
                results.get("append-to-fresh-list:always_copies.py"), "test_visible.py::test_append_to_given_list");
    }

    private static void assertFailed(JsonNode result, String failingTest) {
        assertThat(result.get("status").asText()).isEqualTo("failed");
        assertThat(result.get("score").asDouble())
                .isLessThan(result.get("maxScore").asDouble());
        JsonNode test = null;
        for (JsonNode candidate : result.get("tests")) {
            if (candidate.get("id").asText().equals(failingTest)) {
                test = candidate;
            }
        }
        assertThat(test).as(failingTest).isNotNull();
        assertThat(test.get("status").asText()).isEqualTo("failed");
        assertThat(test.get("score").asDouble()).isZero();
    }

    private static Map<String, String> solution(Path file) {
        return Solutions.file(file);
    }
}
