package dev.pygrade.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every exercise under a catalog root ({@code exercises/dayNN-topic/<id>/exercise.yaml}), with the problems of
 * those that do not load. A broken exercise never hides the others.
 */
public record ExerciseLibrary(List<Exercise> exercises, List<ExerciseProblem> problems) {

    public static ExerciseLibrary load(Path root, Set<String> supportedPythons) {
        ExerciseLoader loader = new ExerciseLoader(supportedPythons);
        List<Exercise> exercises = new ArrayList<>();
        List<ExerciseProblem> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path directory : exerciseDirectories(root)) {
            try {
                Exercise exercise = loader.load(directory, root);
                Path previous = seen.putIfAbsent(exercise.info().id(), directory);
                if (previous != null) {
                    problems.add(new ExerciseProblem(
                            root.relativize(directory) + "/" + ExerciseLoader.DESCRIPTOR,
                            "id",
                            "'" + exercise.info().id() + "' is already used by " + root.relativize(previous)));
                } else {
                    exercises.add(exercise);
                }
            } catch (ExerciseFormatException e) {
                problems.addAll(e.problems());
            }
        }
        exercises.sort(Comparator.comparingInt((Exercise e) -> e.info().day())
                .thenComparing(e -> e.info().id()));
        return new ExerciseLibrary(List.copyOf(exercises), List.copyOf(problems));
    }

    /** Folders two levels down that hold an exercise.yaml, or any file at all (a folder without one is a problem). */
    private static List<Path> exerciseDirectories(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("exercise catalog " + root + " is not a directory"));
        }
        try (Stream<Path> days = Files.list(root)) {
            List<Path> result = new ArrayList<>();
            for (Path day : days.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> exercises = Files.list(day)) {
                    exercises.filter(Files::isDirectory).sorted().forEach(result::add);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
