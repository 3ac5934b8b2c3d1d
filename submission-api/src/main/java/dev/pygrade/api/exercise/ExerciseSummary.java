package dev.pygrade.api.exercise;

import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseInfo;
import java.util.List;

/** One line of the exercise list. */
public record ExerciseSummary(String id, String title, int day, String kind, String difficulty, List<String> topics) {

    static ExerciseSummary of(Exercise exercise) {
        ExerciseInfo info = exercise.info();
        return new ExerciseSummary(
                info.id(),
                info.title(),
                info.day(),
                info.kind().wire(),
                info.difficulty().wire(),
                info.topics());
    }
}
