package dev.pygrade.api.submission;

import dev.pygrade.exercise.Exercise;
import java.util.Map;

/** A request that passed every check: the exercise it is for and the files to grade, by name. */
record ValidSubmission(Exercise exercise, Map<String, String> files) {}
