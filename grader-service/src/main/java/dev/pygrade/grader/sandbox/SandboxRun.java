package dev.pygrade.grader.sandbox;

/**
 * What happened to one sandbox container.
 *
 * @param outcome the supervisor's report, or why there is none
 * @param environment where the job ran: runtime, image and limits
 * @param timing when the container was ready and how long the job ran
 * @param log the tail of the container's stderr, for operators (never shown to learners)
 */
public record SandboxRun(RunOutcome outcome, RunEnvironment environment, RunTiming timing, String log) {}
