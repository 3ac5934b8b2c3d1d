package dev.pygrade.grader.sandbox;

/**
 * How one sandbox run ended: with a report, or with the reason there is none.
 *
 * @param report the supervisor's report, or null when there is none that can be trusted
 * @param reportJson the report as the supervisor wrote it
 * @param failure why there is no report (null when there is one)
 * @param timedOut the Java side had to kill the container at its deadline
 * @param oomKilled the engine reports the container was killed for memory
 */
public record RunOutcome(RunnerReport report, String reportJson, String failure, boolean timedOut, boolean oomKilled) {}
