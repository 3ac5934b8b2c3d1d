package dev.pygrade.exercise;

import java.util.List;
import java.util.stream.Collectors;

/** An exercise folder that does not follow the format; lists every problem found, not just the first. */
public class ExerciseFormatException extends RuntimeException {
    private final List<ExerciseProblem> problems;

    public ExerciseFormatException(List<ExerciseProblem> problems) {
        super(problems.stream().map(ExerciseProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ExerciseProblem> problems() {
        return problems;
    }
}
