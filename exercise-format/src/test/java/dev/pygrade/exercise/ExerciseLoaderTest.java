package dev.pygrade.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseLoaderTest {
    private static final Path SAMPLE =
            Path.of(System.getProperty("pygrade.root", "../")).resolve("exercises/day08-lists/grid-without-aliasing");
    private static final ExerciseLoader LOADER = new ExerciseLoader(Set.of("3.11"));

    @TempDir
    Path root;

    Path exercise;

    @BeforeEach
    void copySample() throws IOException {
        exercise = root.resolve("day08-lists/grid-without-aliasing");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path source : files.toList()) {
                Path target = exercise.resolve(SAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void loadsTheSampleExercise() {
        Exercise loaded = LOADER.load(exercise, root);
        assertThat(loaded.info().id()).isEqualTo("grid-without-aliasing");
        assertThat(loaded.info().day()).isEqualTo(8);
        assertThat(loaded.info().kind()).isEqualTo(ExerciseKind.IMPLEMENT);
        assertThat(loaded.files().visibleTests()).containsOnlyKeys("test_visible.py");
        assertThat(loaded.files().hiddenTests()).containsOnlyKeys("test_hidden.py");
        assertThat(loaded.files().reference()).containsOnlyKeys("solution.py");
        assertThat(loaded.scoring()
                        .testSpec("test_hidden.py::test_rows_are_independent")
                        .weight())
                .isEqualTo(2.0);
        assertThat(loaded.scoring()
                        .testSpec("test_hidden.py::test_rows_are_independent")
                        .hint())
                .contains("[[fill] * cols] * rows");
        assertThat(loaded.scoring().testSpec("test_visible.py::test_not_listed").weight())
                .isEqualTo(1.0);
        assertThat(loaded.settings().limits().memoryBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(loaded.settings().limits().timePerTest()).hasSeconds(2);
        assertThat(loaded.wrong()).hasSize(2);
        assertThat(loaded.source().version()).startsWith("sha256:");
        assertThat(loaded.files().gradingFiles())
                .containsKeys("tests/test_visible.py", "tests/test_hidden.py", "reference/solution.py");
    }

    @Test
    void versionChangesWithAnyFile() {
        String before = LOADER.load(exercise, root).source().version();
        edit("tests/test_hidden.py", text -> text + "\n# changed\n");
        assertThat(LOADER.load(exercise, root).source().version()).isNotEqualTo(before);
    }

    @Test
    void missingDescriptor() {
        delete("exercise.yaml");
        assertProblem("grid-without-aliasing/exercise.yaml: is missing");
    }

    @Test
    void yamlSyntaxError() {
        edit("exercise.yaml", text -> text.replace("day: 8", "day: [8"));
        assertProblem("exercise.yaml: is not valid YAML");
    }

    @Test
    void unknownFieldIsATypo() {
        edit("exercise.yaml", text -> text.replace("title:", "titel: x\ntitle:"));
        assertProblem("titel");
    }

    @Test
    void missingRequiredField() {
        edit("exercise.yaml", text -> text.replace("difficulty: easy\n", ""));
        assertProblem("difficulty");
    }

    @Test
    void dayOutOfRange() {
        edit("exercise.yaml", text -> text.replace("day: 8", "day: 31"));
        assertProblem("exercise.yaml: day: must have a maximum value of 30");
    }

    @Test
    void dayMustMatchTheFolder() {
        edit("exercise.yaml", text -> text.replace("day: 8", "day: 9"));
        assertProblem("exercise.yaml: day: 9 does not match the folder day08-lists");
    }

    @Test
    void wrongTypeForDay() {
        edit("exercise.yaml", text -> text.replace("day: 8", "day: eight"));
        assertProblem("exercise.yaml: day: string found, integer expected");
    }

    @Test
    void unknownKind() {
        edit("exercise.yaml", text -> text.replace("kind: implement", "kind: essay"));
        assertProblem("exercise.yaml: kind: does not have a value in the enumeration");
    }

    @Test
    void idMustEqualTheFolderName() {
        edit("exercise.yaml", text -> text.replace("id: grid-without-aliasing", "id: grids"));
        assertProblem("exercise.yaml: id: 'grids' must equal the folder name 'grid-without-aliasing'");
    }

    @Test
    void badSize() {
        edit("exercise.yaml", text -> text.replace("memory: 64MiB", "memory: 64 MB"));
        assertProblem("exercise.yaml: limits.memory: does not match the regex pattern");
    }

    @Test
    void weightOfATestThatDoesNotExist() {
        edit("exercise.yaml", text -> text.replace("test_make_grid_fill_value: 1", "test_make_grid_fill: 1"));
        assertProblem("exercise.yaml: tests.test_visible.py::test_make_grid_fill: names test "
                + "'test_visible.py::test_make_grid_fill', which is not defined in test_visible.py");
    }

    @Test
    void nonPositiveWeight() {
        edit("exercise.yaml", text -> text.replace("test_make_grid_shape: 1", "test_make_grid_shape: 0"));
        assertProblem("test_make_grid_shape");
    }

    @Test
    void missingReferenceSolution() {
        delete("solution.py");
        assertProblem("grid-without-aliasing/solution.py: is missing");
    }

    @Test
    void missingHiddenTests() {
        delete("tests/test_hidden.py");
        assertProblem("needs at least one test_visible*.py and one test_hidden*.py");
    }

    @Test
    void badlyNamedTestFile() {
        write("tests/test_extra.py", "def test_x():\n    pass\n");
        assertProblem("tests/test_extra.py: test files must be named test_visible*.py");
    }

    @Test
    void wrongSolutionNotListed() {
        write("wrong/other.py", "x = 1\n");
        assertProblem("wrong/other.py: is not listed under 'wrong' in exercise.yaml");
    }

    @Test
    void wrongSolutionFileMissing() {
        delete("wrong/shallow_copy.py");
        assertProblem("wrong/shallow_copy.py: is missing");
    }

    @Test
    void unsupportedPython() {
        edit("exercise.yaml", text -> text.replace("python: \"3.11\"", "python: \"3.13\""));
        assertProblem("exercise.yaml: python: '3.13' is not available");
    }

    @Test
    void notUtf8() throws IOException {
        Files.write(exercise.resolve("README.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertProblem("README.md: is not UTF-8 text");
    }

    @Test
    void snippetsOnlyForPredictOutput() {
        edit("exercise.yaml", text -> text + "snippets:\n  - id: one\n    code: print(1)\n");
        assertProblem("exercise.yaml: snippets: only predict-output exercises have snippets");
    }

    @Test
    void duplicateKeys() {
        edit("exercise.yaml", text -> text + "day: 8\n");
        assertProblem("Duplicate field 'day'");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        edit("exercise.yaml", text -> text.replace("day: 8", "day: 9").replace("id: grid-without-aliasing", "id: x1"));
        delete("starter.py");
        assertThatThrownBy(() -> LOADER.load(exercise, root))
                .isInstanceOfSatisfying(
                        ExerciseFormatException.class,
                        e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void libraryReportsBrokenExercisesAndKeepsTheOthers() throws IOException {
        Path second = root.resolve("day08-lists/second");
        Files.createDirectories(second);
        Files.writeString(second.resolve("exercise.yaml"), "schema: 1\nid: second\n");
        ExerciseLibrary library = ExerciseLibrary.load(root, Set.of("3.11"));
        assertThat(library.exercises()).extracting(e -> e.info().id()).containsExactly("grid-without-aliasing");
        assertThat(library.problems()).isNotEmpty();
        assertThat(library.problems().get(0).file()).isEqualTo("day08-lists/second/exercise.yaml");
    }

    private void assertProblem(String expected) {
        assertThatThrownBy(() -> LOADER.load(exercise, root))
                .isInstanceOf(ExerciseFormatException.class)
                .hasMessageContaining(expected);
    }

    private void edit(String file, UnaryOperator<String> change) {
        try {
            Path path = exercise.resolve(file);
            Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.writeString(exercise.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String file) {
        try {
            Files.delete(exercise.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
