package dev.pygrade.api.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseLoader;
import dev.pygrade.testkit.RepositoryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail view, from exercises loaded the way the catalog loads them. */
class ExerciseDetailTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void predictOutputShowsSnippetCodeButNeverHintsOrWrongSolutions() throws Exception {
        Path dir = Files.createDirectories(root.resolve("day03-objects/predict-aliasing"));
        Files.writeString(
                dir.resolve("exercise.yaml"),
                String.join(
                        "\n",
                        "schema: 1",
                        "id: predict-aliasing",
                        "title: What does aliasing print?",
                        "day: 3",
                        "kind: predict-output",
                        "difficulty: medium",
                        "topics: [lists]",
                        "python: \"3.11\"",
                        "snippets:",
                        "  - id: rows",
                        "    code: |",
                        "      a = [[0]] * 2",
                        "      a[0][0] = 1",
                        "      print(a)",
                        "    hint: \"SNIPPET-HINT: one row object, twice\"",
                        "wrong:",
                        "  - file: wrong/separate_rows.py",
                        "    status: failed",
                        "    fails: [test_predictions.py::test_rows]",
                        "    why: \"WRONG-WHY: believes the rows are copies\"",
                        ""));
        Files.writeString(dir.resolve("README.md"), "Predict what each snippet prints.\n");
        Files.writeString(dir.resolve("starter.py"), "PREDICTIONS = {}\n");
        Files.createDirectories(dir.resolve("wrong"));
        Files.writeString(dir.resolve("wrong/separate_rows.py"), "PREDICTIONS = {'rows': 'WRONG-SOURCE'}\n");
        Exercise exercise = new ExerciseLoader(Set.of("3.11")).load(dir, root);

        String json = JSON.writeValueAsString(ExerciseDetail.of(exercise));

        assertThat(JSON.readTree(json).get("kind").asText()).isEqualTo("predict-output");
        assertThat(JSON.readTree(json).get("snippets"))
                .isEqualTo(
                        JSON.readTree("[{\"id\": \"rows\", \"code\": \"a = [[0]] * 2\\na[0][0] = 1\\nprint(a)\\n\"}]"));
        assertThat(json).doesNotContain("SNIPPET-HINT", "WRONG-WHY", "WRONG-SOURCE", "separate_rows");
    }

    @Test
    void otherKindsHaveNoSnippetsField() throws Exception {
        Path exercises = RepositoryRoot.get().resolve("exercises");
        Exercise grid = new ExerciseLoader(Set.of("3.11"))
                .load(exercises.resolve("day08-lists/grid-without-aliasing"), exercises);

        String json = JSON.writeValueAsString(ExerciseDetail.of(grid));

        assertThat(JSON.readTree(json).has("snippets")).isFalse();
        assertThat(JSON.readTree(json).get("visibleTests").has("test_visible.py"))
                .isTrue();
        assertThat(json).doesNotContain("test_hidden", "multiplied_rows");
    }
}
