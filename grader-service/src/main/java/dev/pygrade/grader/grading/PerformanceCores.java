package dev.pygrade.grader.grading;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One performance grading per core at a time, each pinned to its core, so that concurrent gradings do not
 * distort each other's timings. Other gradings are not pinned.
 */
public final class PerformanceCores {
    private final BlockingQueue<Integer> free;

    public PerformanceCores(List<Integer> cores) {
        if (cores.isEmpty()) {
            throw new IllegalArgumentException("performance gradings need at least one core");
        }
        this.free = new LinkedBlockingQueue<>(cores);
    }

    /** Waits for a free core. */
    public int acquire() throws InterruptedException {
        return free.take();
    }

    public void release(int core) {
        free.add(core);
    }
}
