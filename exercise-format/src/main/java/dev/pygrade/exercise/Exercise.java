package dev.pygrade.exercise;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exercise, read from its folder and validated.
 *
 * @param visibleTests test files the learner may see, by file name (e.g. {@code test_visible.py})
 * @param hiddenTests test files never shown, by file name
 * @param supportFiles other files the tests need (conftest.py, data), by path under {@code tests/}
 * @param reference the reference solution's files, by file name
 * @param benchmark how speed and memory are graded (performance exercises), or null
 * @param version content hash of every file of the exercise
 */
public record Exercise(
        String id,
        String title,
        int day,
        ExerciseKind kind,
        Difficulty difficulty,
        List<String> topics,
        String python,
        String module,
        LimitOverrides limits,
        Map<String, TestSpec> tests,
        List<Snippet> snippets,
        List<WrongSolution> wrong,
        String statement,
        String starter,
        Map<String, String> visibleTests,
        Map<String, String> hiddenTests,
        Map<String, String> supportFiles,
        Map<String, String> reference,
        BenchmarkSpec benchmark,
        String version,
        Path directory) {

    /** The file the learner submits. */
    public String learnerFile() {
        return module + ".py";
    }

    public TestSpec testSpec(String testId) {
        String base = testId.replaceAll("\\[.*]$", "");
        for (Snippet snippet : snippets) {
            if (snippet.testId().equals(base)) {
                return new TestSpec(snippet.weight(), snippet.hint());
            }
        }
        return tests.getOrDefault(base, TestSpec.DEFAULT);
    }

    public boolean isVisibleFile(String testFile) {
        return visibleTests.containsKey(testFile) || "test_predictions.py".equals(testFile);
    }

    /** What the sandbox needs to grade: tests (visible, hidden, support) and the reference, by path. */
    public Map<String, String> gradingFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        visibleTests.forEach((name, text) -> files.put("tests/" + name, text));
        hiddenTests.forEach((name, text) -> files.put("tests/" + name, text));
        supportFiles.forEach((name, text) -> files.put("tests/" + name, text));
        reference.forEach((name, text) -> files.put("reference/" + name, text));
        return files;
    }
}
