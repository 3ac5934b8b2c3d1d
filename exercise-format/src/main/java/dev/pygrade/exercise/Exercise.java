package dev.pygrade.exercise;

import java.util.List;

/**
 * One exercise, read from its folder and validated.
 *
 * @param info what it is listed by (id, title, day, kind, difficulty, topics)
 * @param settings how the learner's code runs (Python, module, limits)
 * @param scoring the tests' weights and hints, and the snippets of a predict-output exercise
 * @param files statement, starter, tests and reference
 * @param wrong known wrong solutions and how the tests must catch them
 * @param benchmark how speed and memory are graded (performance exercises), or null
 * @param source the folder and the content hash of its files
 */
public record Exercise(
        ExerciseInfo info,
        RunSettings settings,
        Scoring scoring,
        ExerciseFiles files,
        List<WrongSolution> wrong,
        BenchmarkSpec benchmark,
        ExerciseSource source) {}
