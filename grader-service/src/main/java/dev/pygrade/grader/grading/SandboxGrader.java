package dev.pygrade.grader.grading;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.grader.sandbox.DockerSandbox;
import dev.pygrade.grader.sandbox.LimitsPolicy;
import dev.pygrade.grader.sandbox.SandboxJob;
import dev.pygrade.grader.sandbox.SandboxLimits;
import dev.pygrade.grader.sandbox.SandboxRun;
import dev.pygrade.grader.scoring.ScoreCalculator;
import java.util.Map;

/** Runs files against an exercise in a fresh sandbox and scores the outcome; shared by the service and the catalog check. */
public final class SandboxGrader {
    private final DockerSandbox sandbox;
    private final LimitsPolicy limits;
    private final double cpus;
    private final ScoreCalculator scores = new ScoreCalculator();

    public SandboxGrader(DockerSandbox sandbox, LimitsPolicy limits, double cpus) {
        this.sandbox = sandbox;
        this.limits = limits;
        this.cpus = cpus;
    }

    public SandboxRun run(Exercise exercise, Map<String, String> files, Map<String, String> labels) {
        SandboxLimits effective = limits.effective(exercise.limits());
        SandboxJob job = SandboxJob.of(exercise, files, effective, sandbox.acquireLearnerUid());
        return sandbox.run(job, effective, labels);
    }

    public GradingResult score(Exercise exercise, SandboxRun run, long queuedMs, long totalMs) {
        return scores.score(exercise, run, cpus, queuedMs, totalMs);
    }

    public String graderId() {
        return sandbox.instanceId();
    }
}
