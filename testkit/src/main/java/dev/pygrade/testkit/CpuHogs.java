package dev.pygrade.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Busy processes that keep cores busy while a test runs beside them (a busy machine, made on purpose). */
public final class CpuHogs implements AutoCloseable {
    private final List<Process> hogs = new ArrayList<>();

    private CpuHogs() {}

    /** One busy loop per core of this machine. */
    public static CpuHogs onEveryCore() {
        CpuHogs hogs = new CpuHogs();
        try {
            for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                hogs.hogs.add(new ProcessBuilder("python3", "-c", "while True: pass")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
        } catch (IOException e) {
            hogs.close();
            throw new UncheckedIOException(e);
        }
        return hogs;
    }

    /** Whether every hog is still running (a test that relies on them asserts this at its end). */
    public boolean allRunning() {
        return !hogs.isEmpty() && hogs.stream().allMatch(Process::isAlive);
    }

    @Override
    public void close() {
        hogs.forEach(Process::destroyForcibly);
        for (Process hog : hogs) {
            try {
                hog.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
