package dev.pygrade.exercise;

import java.util.List;

/**
 * A known-wrong solution kept with the exercise, and the verdict the catalog check requires for it.
 *
 * @param file path inside the exercise folder, e.g. {@code wrong/shared_rows.py}
 * @param status the overall grading status it must get (failed, timeout, ...)
 * @param fails the test ids it must fail (others may pass)
 * @param misses the benchmark criteria it must miss, exactly (time, complexity, memory, instances, slots), or
 *     null when it is not checked
 * @param why the misconception it embodies
 */
public record WrongSolution(
        String file, String status, List<String> fails, List<String> misses, String why, String source) {}
