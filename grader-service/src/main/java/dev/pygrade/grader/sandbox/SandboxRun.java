package dev.pygrade.grader.sandbox;

/**
 * What happened to one sandbox container.
 *
 * @param report the supervisor's report, or null when there is none that can be trusted
 * @param reportJson the report as the supervisor wrote it
 * @param failure why there is no report (null when there is one)
 * @param timedOut the Java side had to kill the container at its deadline
 * @param oomKilled the engine reports the container was killed for memory
 * @param log the tail of the container's stderr, for operators (never shown to learners)
 */
public record SandboxRun(
        RunnerReport report,
        String reportJson,
        String failure,
        boolean timedOut,
        boolean oomKilled,
        String runtime,
        String image,
        String imageId,
        SandboxLimits limits,
        long startMillis,
        long runMillis,
        String log) {}
