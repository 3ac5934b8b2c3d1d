package dev.pygrade.grader.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

/**
 * A sandbox container created, attached and started, its runner warm (interpreter and pytest imported) and
 * waiting for exactly one job on stdin. Used once, then removed. {@code limits} are those it was created for; any
 * job of the same {@link #shape()} may use it.
 */
public record PreparedSandbox(
        String containerId,
        int learnerUid,
        String runtime,
        SandboxLimits limits,
        JobInput input,
        ResultCallback.Adapter<Frame> attached,
        BoundedBuffer stdout,
        BoundedBuffer stderr,
        long startMillis) {

    public SandboxShape shape() {
        return SandboxShape.of(limits, runtime);
    }
}
