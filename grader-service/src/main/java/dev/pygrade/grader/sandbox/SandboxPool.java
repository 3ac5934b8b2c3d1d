package dev.pygrade.grader.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Sandboxes started ahead of their jobs, so that a grading does not wait for a container to start and its runner
 * to import pytest (under gVisor about 1 s and 2 s). Each is created with every hardening flag, for a learner uid of
 * its own, and waits for exactly one job; a job takes one of its {@link SandboxShape} and the pool starts another
 * behind it. Nothing passes from one submission to the next: a sandbox is used once and removed, like one started
 * for its job. The pool keeps {@code size} ready per shape in demand (runtime, memory, processes); one that died or
 * waited longer than {@code maxIdle} is removed instead of used.
 */
public final class SandboxPool implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SandboxPool.class);
    private static final Map<String, String> LABELS = Map.of("pygrade.pooled", "true");

    private final DockerSandbox sandbox;
    private final int size;
    private final long maxIdleNanos;
    private final ConcurrentHashMap<SandboxShape, Deque<Ready>> ready = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SandboxShape, SandboxLimits> limitsOfShape = new ConcurrentHashMap<>();
    private final Set<SandboxShape> refilling = ConcurrentHashMap.newKeySet();
    // One thread: containers started side by side each start slower, and the pool only has to keep up with jobs.
    private final ExecutorService refills = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "sandbox-pool");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    private record Ready(PreparedSandbox sandbox, long since) {}

    /** @param size sandboxes kept ready per shape in demand; 0 starts each sandbox for its job */
    public SandboxPool(DockerSandbox sandbox, int size, Duration maxIdle) {
        this.sandbox = sandbox;
        this.size = size;
        this.maxIdleNanos = maxIdle.toNanos();
    }

    /**
     * A sandbox for a job with these limits under this runtime: one started ahead when one is ready and alive, else
     * one started now. Either way the pool refills behind it.
     */
    public PreparedSandbox take(SandboxLimits limits, String runtime, Map<String, String> labels) {
        SandboxShape shape = SandboxShape.of(limits, runtime);
        limitsOfShape.putIfAbsent(shape, limits);
        PreparedSandbox taken = null;
        Deque<Ready> queue = queue(shape);
        Ready next;
        while (taken == null && (next = queue.pollFirst()) != null) {
            if (usable(next)) {
                taken = next.sandbox();
            } else {
                sandbox.discard(next.sandbox());
            }
        }
        refill(shape);
        return taken != null ? taken : sandbox.prepare(limits, sandbox.acquireLearnerUid(), labels, runtime);
    }

    /** Starts sandboxes of this shape until {@code size} are ready (in the background). */
    public void warm(SandboxLimits limits, String runtime) {
        SandboxShape shape = SandboxShape.of(limits, runtime);
        limitsOfShape.putIfAbsent(shape, limits);
        refill(shape);
    }

    /** How many sandboxes of this shape are ready now (alive, and not waiting too long). */
    public int readyCount(SandboxLimits limits, String runtime) {
        return (int) queue(SandboxShape.of(limits, runtime)).stream()
                .filter(this::usable)
                .count();
    }

    /** The containers of the sandboxes ready now, of every shape. */
    public List<String> readyContainers() {
        List<String> ids = new ArrayList<>();
        ready.values().forEach(queue -> queue.forEach(r -> ids.add(r.sandbox().containerId())));
        return ids;
    }

    private boolean usable(Ready candidate) {
        return !candidate.sandbox().stdout().ended() && System.nanoTime() - candidate.since() < maxIdleNanos;
    }

    private Deque<Ready> queue(SandboxShape shape) {
        return ready.computeIfAbsent(shape, s -> new ConcurrentLinkedDeque<>());
    }

    private void refill(SandboxShape shape) {
        if (closed || size <= 0 || !refilling.add(shape)) {
            return;
        }
        try {
            refills.execute(() -> {
                try {
                    fill(shape);
                } finally {
                    refilling.remove(shape);
                }
            });
        } catch (RejectedExecutionException e) {
            refilling.remove(shape); // closed meanwhile
        }
    }

    private void fill(SandboxShape shape) {
        Deque<Ready> queue = queue(shape);
        queue.removeIf(r -> {
            if (usable(r)) {
                return false;
            }
            sandbox.discard(r.sandbox());
            return true;
        });
        while (!closed && queue.size() < size) {
            try {
                PreparedSandbox prepared =
                        sandbox.prepare(limitsOfShape.get(shape), sandbox.acquireLearnerUid(), LABELS, shape.runtime());
                queue.addLast(new Ready(prepared, System.nanoTime()));
                if (closed) {
                    drain(queue); // close() may have drained the queue before this one joined it
                }
            } catch (SandboxException e) {
                LOG.warnf("could not start a sandbox ahead (%s): %s", shape, e.getMessage());
                return; // the next job starts its own, and asks for a refill again
            }
        }
    }

    /** Removes every sandbox still waiting; the pool starts no more. */
    @Override
    public void close() {
        closed = true;
        refills.shutdownNow();
        ready.values().forEach(this::drain);
    }

    private void drain(Deque<Ready> queue) {
        for (Ready r = queue.pollFirst(); r != null; r = queue.pollFirst()) {
            sandbox.discard(r.sandbox());
        }
    }
}
