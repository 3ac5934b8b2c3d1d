package dev.pygrade.api.exercise;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/** GET of an exercise id the catalog does not list: 404. */
public class ExerciseNotFoundException extends ProblemException {
    public ExerciseNotFoundException(String id) {
        super(404, "exercise-not-found", "No such exercise", "exercise '" + id + "' does not exist", List.of());
    }
}
