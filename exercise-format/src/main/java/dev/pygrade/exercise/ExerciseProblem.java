package dev.pygrade.exercise;

/** One thing wrong with an exercise: which file, which field (or null), and what. */
public record ExerciseProblem(String file, String field, String message) {
    @Override
    public String toString() {
        return file + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + message;
    }
}
