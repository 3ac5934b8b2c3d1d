package dev.pygrade.grader.grading;

import dev.pygrade.exercise.Exercise;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a submission's files again before they reach a sandbox (the API checks them first): plain module names,
 * the exercise's learner file present, bounded size. Returns why a submission is refused, if it is.
 */
final class SubmissionFiles {
    static final int MAX_FILES = 10;
    static final long MAX_BYTES = 256 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}\\.py");

    private SubmissionFiles() {}

    static Optional<String> problem(Exercise exercise, Map<String, String> files) {
        if (files.size() > MAX_FILES) {
            return Optional.of("at most " + MAX_FILES + " files can be submitted");
        }
        if (!files.containsKey(exercise.settings().learnerFile())) {
            return Optional.of("the submission has no " + exercise.settings().learnerFile());
        }
        long bytes = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!NAME.matcher(file.getKey()).matches()) {
                return Optional.of("'" + file.getKey() + "' is not a valid Python module file name");
            }
            bytes += file.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > MAX_BYTES) {
            return Optional.of("the files are larger than " + MAX_BYTES / 1024 + " KiB together");
        }
        return Optional.empty();
    }
}
