package dev.pygrade.grader.sandbox;

/**
 * Sandbox runs for tests that fake the sandbox, named by how they ended; where and how long they ran is fixed
 * (runsc, 10 ms to start, 20 ms to run), only the limits vary.
 */
public final class SandboxRuns {
    private SandboxRuns() {}

    /** The supervisor reported; its words are {@code report}. */
    public static SandboxRun reported(RunnerReport report, SandboxLimits limits) {
        return run(new RunOutcome(report, "{}", null, false, false), limits);
    }

    /** No trustworthy report, for a reason of ours ({@code failure}). */
    public static SandboxRun failed(String failure, SandboxLimits limits) {
        return run(new RunOutcome(null, null, failure, false, false), limits);
    }

    /** Killed at the deadline of the whole job. */
    public static SandboxRun timedOut(SandboxLimits limits) {
        return run(new RunOutcome(null, null, "killed", true, false), limits);
    }

    private static SandboxRun run(RunOutcome outcome, SandboxLimits limits) {
        return new SandboxRun(
                outcome, new RunEnvironment("runsc", "img", "sha256:x", limits), new RunTiming(10, 20), "");
    }
}
