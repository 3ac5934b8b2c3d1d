package dev.pygrade.exercise;

import java.nio.file.Path;

/**
 * Where an exercise was read from.
 *
 * @param version content hash of every file of the exercise; results name it so a grade can be traced
 * @param directory the exercise's folder
 */
public record ExerciseSource(String version, Path directory) {}
