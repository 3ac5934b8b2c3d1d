package dev.pygrade.api.exercise;

import dev.pygrade.exercise.Exercise;
import java.util.List;

/** One line of the exercise list. */
public record ExerciseSummary(String id, String title, int day, String kind, String difficulty, List<String> topics) {

    static ExerciseSummary of(Exercise exercise) {
        return new ExerciseSummary(
                exercise.id(),
                exercise.title(),
                exercise.day(),
                exercise.kind().wire(),
                exercise.difficulty().wire(),
                exercise.topics());
    }
}
