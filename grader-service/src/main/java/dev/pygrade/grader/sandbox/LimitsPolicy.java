package dev.pygrade.grader.sandbox;

import dev.pygrade.exercise.LimitOverrides;
import dev.pygrade.grader.config.SandboxConfig;
import dev.pygrade.grader.config.SandboxConfig.LimitsConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns an exercise's limit overrides into the limits it runs under: defaults where unset, capped by ceilings. */
public final class LimitsPolicy {
    private final LimitsConfig defaults;
    private final LimitsConfig ceilings;

    public LimitsPolicy(SandboxConfig config) {
        this.defaults = config.defaults();
        this.ceilings = config.ceilings();
    }

    public SandboxLimits effective(LimitOverrides asked) {
        return new SandboxLimits(
                min(or(asked.timePerTest(), defaults.timePerTest()), ceilings.timePerTest()),
                min(or(asked.timeTotal(), defaults.timeTotal()), ceilings.timeTotal()),
                Math.min(
                        or(asked.memoryBytes(), defaults.memory().asLongValue()),
                        ceilings.memory().asLongValue()),
                Math.min(or(asked.processes(), defaults.processes()), ceilings.processes()),
                Math.min(
                        or(asked.outputBytes(), defaults.output().asLongValue()),
                        ceilings.output().asLongValue()),
                Math.min(
                        or(asked.fileSizeBytes(), defaults.fileSize().asLongValue()),
                        ceilings.fileSize().asLongValue()),
                Math.min(or(asked.openFiles(), defaults.openFiles()), ceilings.openFiles()));
    }

    /** What an exercise asks for beyond the ceilings, for a warning when the catalog loads. */
    public List<String> excesses(LimitOverrides asked) {
        List<String> excess = new ArrayList<>();
        check(excess, "time_per_test", asked.timePerTest(), ceilings.timePerTest());
        check(excess, "time_total", asked.timeTotal(), ceilings.timeTotal());
        check(excess, "memory", asked.memoryBytes(), ceilings.memory().asLongValue());
        check(excess, "processes", asked.processes(), (long) ceilings.processes());
        check(excess, "output", asked.outputBytes(), ceilings.output().asLongValue());
        check(excess, "file_size", asked.fileSizeBytes(), ceilings.fileSize().asLongValue());
        check(excess, "open_files", asked.openFiles(), (long) ceilings.openFiles());
        return excess;
    }

    private static void check(List<String> excess, String name, Duration asked, Duration ceiling) {
        if (asked != null && asked.compareTo(ceiling) > 0) {
            excess.add(name + " " + asked + " is above the ceiling " + ceiling);
        }
    }

    private static void check(List<String> excess, String name, Number asked, long ceiling) {
        if (asked != null && asked.longValue() > ceiling) {
            excess.add(name + " " + asked + " is above the ceiling " + ceiling);
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
