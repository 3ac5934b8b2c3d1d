package dev.pygrade.exercise;

import java.time.Duration;

/**
 * The limits an exercise asks for; null where it keeps the instance default. The grader caps every value at the
 * instance-wide ceiling.
 */
public record LimitOverrides(
        Duration timePerTest,
        Duration timeTotal,
        Long memoryBytes,
        Integer processes,
        Long outputBytes,
        Long fileSizeBytes,
        Integer openFiles) {

    public static final LimitOverrides NONE = new LimitOverrides(null, null, null, null, null, null, null);
}
