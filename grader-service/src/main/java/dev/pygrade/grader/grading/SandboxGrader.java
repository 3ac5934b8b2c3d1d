package dev.pygrade.grader.grading;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.grader.config.SandboxConfig;
import dev.pygrade.grader.sandbox.DockerSandbox;
import dev.pygrade.grader.sandbox.LimitsPolicy;
import dev.pygrade.grader.sandbox.Placement;
import dev.pygrade.grader.sandbox.SandboxException;
import dev.pygrade.grader.sandbox.SandboxJob;
import dev.pygrade.grader.sandbox.SandboxLimits;
import dev.pygrade.grader.sandbox.SandboxRun;
import dev.pygrade.grader.scoring.ScoreCalculator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Runs files against an exercise in a fresh sandbox and scores the outcome; shared by the service and the catalog check. */
public final class SandboxGrader {
    private final DockerSandbox sandbox;
    private final LimitsPolicy limits;
    private final double cpus;
    private final String performanceRuntime;
    private final PerformanceCores cores;
    private final ScoreCalculator scores = new ScoreCalculator();

    public SandboxGrader(
            DockerSandbox sandbox,
            LimitsPolicy limits,
            double cpus,
            String performanceRuntime,
            PerformanceCores cores) {
        this.sandbox = sandbox;
        this.limits = limits;
        this.cpus = cpus;
        this.performanceRuntime = performanceRuntime;
        this.cores = cores;
    }

    /** A grader from configuration: performance gradings pinned one per core. */
    public static SandboxGrader of(DockerSandbox sandbox, SandboxConfig config) {
        List<Integer> all = IntStream.range(0, Runtime.getRuntime().availableProcessors())
                .boxed()
                .toList();
        return new SandboxGrader(
                sandbox,
                new LimitsPolicy(config),
                config.cpus(),
                config.performanceRuntime(),
                new PerformanceCores(config.performanceCores().orElse(all)));
    }

    /** Runs the files in a fresh sandbox; a performance exercise waits for a core of its own and is pinned to it. */
    public SandboxRun run(Exercise exercise, Map<String, String> files, Map<String, String> labels) {
        SandboxLimits effective = limits.effective(exercise.limits());
        if (exercise.benchmark() == null) {
            SandboxJob job = SandboxJob.of(exercise, files, effective, sandbox.acquireLearnerUid());
            return sandbox.run(job, effective, labels, sandbox.defaultPlacement());
        }
        int core;
        try {
            core = cores.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for a core", e);
        }
        try {
            SandboxJob job = SandboxJob.of(exercise, files, effective, sandbox.acquireLearnerUid());
            return sandbox.run(job, effective, labels, new Placement(performanceRuntime, String.valueOf(core)));
        } finally {
            cores.release(core);
        }
    }

    public GradingResult score(Exercise exercise, SandboxRun run, long queuedMs, long totalMs) {
        return scores.score(exercise, run, cpus, queuedMs, totalMs);
    }

    public String graderId() {
        return sandbox.instanceId();
    }
}
