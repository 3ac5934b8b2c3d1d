package dev.pygrade.api.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygrade.api.testing.Api;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseKind;
import dev.pygrade.exercise.ExerciseLibrary;
import dev.pygrade.exercise.Snippet;
import dev.pygrade.exercise.TestSpec;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import dev.pygrade.testkit.RepositoryRoot;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The catalog endpoints, checked against the exercise folders on disk. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class ExerciseResourceTest {
    private static final Path ROOT = RepositoryRoot.get().resolve("exercises");
    private static final Path GRID_DIR = ROOT.resolve("day08-lists/grid-without-aliasing");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listIsSortedByDayThenIdWithSummaryFields() throws IOException {
        List<Exercise> onDisk = ExerciseLibrary.load(ROOT, Set.of("3.11")).exercises();
        JsonNode list = JSON.readTree(Api.asAdmin()
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString());

        List<String> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).contains("grid-without-aliasing", "append-to-fresh-list");
        assertThat(ids)
                .isEqualTo(onDisk.stream()
                        .sorted(Comparator.comparingInt((Exercise e) -> e.info().day())
                                .thenComparing(e -> e.info().id()))
                        .map(e -> e.info().id())
                        .toList());
        JsonNode grid = list.get(ids.indexOf("grid-without-aliasing"));
        assertThat(grid.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("id", "title", "day", "kind", "difficulty", "topics");
        assertThat(grid.get("title").asText()).isEqualTo("Grids whose rows are really separate");
        assertThat(grid.get("day").asInt()).isEqualTo(8);
        assertThat(grid.get("kind").asText()).isEqualTo("implement");
        assertThat(grid.get("difficulty").asText()).isEqualTo("easy");
        assertThat(JSON.convertValue(grid.get("topics"), List.class))
                .containsExactly("lists", "aliasing", "shallow-copy", "deep-copy");
    }

    @Test
    void dayFiltersTheList() {
        Api.asAdmin()
                .queryParam("day", 8)
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("day", Matchers.everyItem(equalTo(8)))
                .body("id", Matchers.hasItem("grid-without-aliasing"))
                .body("id", Matchers.not(Matchers.hasItem("append-to-fresh-list")));
        Api.asAdmin()
                .queryParam("day", 99)
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aDayThatIsNotANumberIs400() {
        Api.asAdmin()
                .queryParam("day", "eight")
                .get("/api/v1/exercises")
                .then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("day must be a whole number of days, e.g. 8"))
                .body("errors[0].field", equalTo("day"));
    }

    @Test
    void detailShowsWhatTheLearnerMaySee() throws IOException {
        JsonNode detail = JSON.readTree(Api.asAdmin()
                .get("/api/v1/exercises/grid-without-aliasing")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString());

        assertThat(detail.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "id",
                        "title",
                        "day",
                        "kind",
                        "difficulty",
                        "topics",
                        "python",
                        "module",
                        "learnerFile",
                        "statement",
                        "starter",
                        "visibleTests");
        assertThat(detail.get("python").asText()).isEqualTo("3.11");
        assertThat(detail.get("module").asText()).isEqualTo("solution");
        assertThat(detail.get("learnerFile").asText()).isEqualTo("solution.py");
        assertThat(detail.get("statement").asText()).isEqualTo(Files.readString(GRID_DIR.resolve("README.md")));
        assertThat(detail.get("starter").asText()).isEqualTo(Files.readString(GRID_DIR.resolve("starter.py")));
        assertThat(JSON.convertValue(detail.get("visibleTests"), Map.class))
                .isEqualTo(Map.of("test_visible.py", Files.readString(GRID_DIR.resolve("tests/test_visible.py"))));
    }

    @Test
    void detailNeverContainsHiddenTestsSolutionsWrongSolutionsOrHints() throws IOException {
        List<Exercise> exercises = ExerciseLibrary.load(ROOT, Set.of("3.11")).exercises();
        assertThat(exercises).extracting(e -> e.info().id()).contains("grid-without-aliasing");
        for (Exercise exercise : exercises) {
            Path dir = exercise.source().directory();
            String everything = shownText(exercise.info().id());

            List<String> secrets = secretLines(dir);
            if (exercise.info().id().equals("grid-without-aliasing")) {
                assertThat(secrets).as("distinctive secret lines of " + dir).hasSizeGreaterThan(10);
            }
            for (String secret : secrets) {
                assertThat(everything).as(exercise.info().id()).doesNotContain(secret);
            }
            List<String> hints = hints(exercise);
            assertThat(hints).as("hints of " + exercise.info().id()).isNotEmpty();
            for (String hint : hints) {
                assertThat(everything).as(exercise.info().id()).doesNotContain(hint);
            }
            assertThat(everything).doesNotContain("test_hidden");
        }
    }

    @Test
    void predictOutputExercisesShowTheirSnippetsAndOthersHaveNone() throws IOException {
        for (Exercise exercise : ExerciseLibrary.load(ROOT, Set.of("3.11")).exercises()) {
            JsonNode detail = JSON.readTree(Api.asAdmin()
                    .get("/api/v1/exercises/" + exercise.info().id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            if (exercise.info().kind() == ExerciseKind.PREDICT_OUTPUT) {
                List<Map<String, String>> expected = exercise.scoring().snippets().stream()
                        .map(snippet -> Map.of("id", snippet.id(), "code", snippet.code()))
                        .toList();
                assertThat(JSON.convertValue(detail.get("snippets"), List.class))
                        .isEqualTo(expected);
            } else {
                assertThat(detail.has("snippets")).as(exercise.info().id()).isFalse();
            }
        }
    }

    private static String shownText(String id) throws IOException {
        JsonNode detail = JSON.readTree(Api.asAdmin()
                .get("/api/v1/exercises/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> shown = new ArrayList<>();
        collectStrings(detail, shown);
        return String.join("\n", shown);
    }

    @Test
    void unknownExerciseIs404() {
        Api.asAdmin()
                .get("/api/v1/exercises/no-such-exercise")
                .then()
                .statusCode(404)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("https://pygrade.dev/problems/exercise-not-found"))
                .body("detail", equalTo("exercise 'no-such-exercise' does not exist"))
                .body("instance", equalTo("/api/v1/exercises/no-such-exercise"));
    }

    /**
     * Lines of the hidden tests, the reference and the wrong solutions that appear in no file the learner may see:
     * the starter and the visible tests share some lines (a def line) with the solution by design.
     */
    private static List<String> secretLines(Path dir) throws IOException {
        List<Path> secretFiles = new ArrayList<>();
        for (String folder : List.of("tests", "wrong")) {
            if (Files.isDirectory(dir.resolve(folder))) {
                try (Stream<Path> files = Files.list(dir.resolve(folder))) {
                    files.filter(p -> !p.getFileName().toString().startsWith("test_visible"))
                            .forEach(secretFiles::add);
                }
            }
        }
        if (Files.exists(dir.resolve("solution.py"))) {
            secretFiles.add(dir.resolve("solution.py"));
        }
        StringBuilder publicText = new StringBuilder(
                Files.readString(dir.resolve("README.md")) + Files.readString(dir.resolve("starter.py")));
        if (Files.exists(dir.resolve("tests/test_visible.py"))) {
            publicText.append(Files.readString(dir.resolve("tests/test_visible.py")));
        }
        List<String> secrets = new ArrayList<>();
        for (Path file : secretFiles) {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.length() >= 12 && !publicText.toString().contains(trimmed)) {
                    secrets.add(trimmed);
                }
            }
        }
        return secrets;
    }

    /** Test hints, snippet hints and why each known-wrong solution is wrong: for graders' eyes only. */
    private static List<String> hints(Exercise exercise) {
        List<String> hints = new ArrayList<>();
        exercise.scoring().tests().values().stream()
                .map(TestSpec::hint)
                .filter(Objects::nonNull)
                .forEach(hints::add);
        exercise.scoring().snippets().stream()
                .map(Snippet::hint)
                .filter(Objects::nonNull)
                .forEach(hints::add);
        exercise.wrong().forEach(w -> hints.add(w.why()));
        return hints;
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        node.fieldNames().forEachRemaining(into::add);
        node.forEach(child -> collectStrings(child, into));
    }
}
