package dev.pygrade.exercise;

import java.util.List;

/** What catalogs and pages list an exercise by. */
public record ExerciseInfo(
        String id, String title, int day, ExerciseKind kind, Difficulty difficulty, List<String> topics) {}
