package dev.pygrade.api.leaderboard;

import dev.pygrade.api.problem.ProblemException;
import java.util.List;

/**
 * The leaderboard of an exercise that is not a performance exercise: 409 (the exercise exists, but its kind has no
 * leaderboard; 422 is kept for request input that must be fixed).
 */
public class NotAPerformanceExerciseException extends ProblemException {
    public NotAPerformanceExerciseException(String id, String kind) {
        super(
                409,
                "not-a-performance-exercise",
                "The exercise has no leaderboard",
                "exercise '" + id + "' is a " + kind + " exercise; only performance exercises have a leaderboard",
                List.of());
    }
}
