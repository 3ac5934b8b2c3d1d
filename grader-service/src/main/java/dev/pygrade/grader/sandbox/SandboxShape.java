package dev.pygrade.grader.sandbox;

/**
 * What a sandbox container is created with that depends on its job: the runtime and the limits that become
 * container flags (memory, processes). A sandbox started ahead serves any job of the same shape; the job's other
 * limits (times, output, files) travel with the job.
 */
public record SandboxShape(String runtime, long memoryBytes, int processes) {

    public static SandboxShape of(SandboxLimits limits, String runtime) {
        return new SandboxShape(runtime, limits.memoryBytes(), limits.processes());
    }
}
