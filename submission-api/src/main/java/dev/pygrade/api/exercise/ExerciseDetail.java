package dev.pygrade.api.exercise;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseFiles;
import dev.pygrade.exercise.ExerciseInfo;
import dev.pygrade.exercise.ExerciseKind;
import dev.pygrade.exercise.RunSettings;
import java.util.List;
import java.util.Map;

/**
 * What a learner may see of an exercise. It is built from an explicit allow-list of fields: hidden tests, support
 * files, the reference solution, known-wrong solutions and hints are never copied into it.
 *
 * @param learnerFile the file a submission must contain (or that {@code source} stands for)
 * @param visibleTests the visible test files by name
 * @param snippets what to predict, for predict-output exercises only (absent otherwise)
 */
public record ExerciseDetail(
        String id,
        String title,
        int day,
        String kind,
        String difficulty,
        List<String> topics,
        String python,
        String module,
        String learnerFile,
        String statement,
        String starter,
        Map<String, String> visibleTests,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SnippetView> snippets) {

    /** A snippet whose output the learner predicts: its id and code, never its hint. */
    public record SnippetView(String id, String code) {}

    public static ExerciseDetail of(Exercise exercise) {
        ExerciseInfo info = exercise.info();
        RunSettings settings = exercise.settings();
        ExerciseFiles files = exercise.files();
        List<SnippetView> snippets = info.kind() == ExerciseKind.PREDICT_OUTPUT
                ? exercise.scoring().snippets().stream()
                        .map(s -> new SnippetView(s.id(), s.code()))
                        .toList()
                : null;
        return new ExerciseDetail(
                info.id(),
                info.title(),
                info.day(),
                info.kind().wire(),
                info.difficulty().wire(),
                info.topics(),
                settings.python(),
                settings.module(),
                settings.learnerFile(),
                files.statement(),
                files.starter(),
                Map.copyOf(files.visibleTests()),
                snippets);
    }
}
