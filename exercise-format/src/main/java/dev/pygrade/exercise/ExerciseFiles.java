package dev.pygrade.exercise;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts of an exercise's files.
 *
 * @param statement README.md, shown to the learner
 * @param starter starter.py, the learner's starting point
 * @param visibleTests test files the learner may see, by file name (e.g. {@code test_visible.py})
 * @param hiddenTests test files never shown, by file name
 * @param supportFiles other files the tests need (conftest.py, data), by path under {@code tests/}
 * @param reference the reference solution's files, by file name
 */
public record ExerciseFiles(
        String statement,
        String starter,
        Map<String, String> visibleTests,
        Map<String, String> hiddenTests,
        Map<String, String> supportFiles,
        Map<String, String> reference) {

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
