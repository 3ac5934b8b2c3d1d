package dev.pygrade.grader.sandbox;

/**
 * How long one sandbox run took.
 *
 * @param startMillis how long the container took to be ready
 * @param runMillis from handing over the job to its report (or the deadline)
 */
public record RunTiming(long startMillis, long runMillis) {

    /** The sandbox's whole share of a grading: start plus run. */
    public long totalMillis() {
        return startMillis + runMillis;
    }
}
