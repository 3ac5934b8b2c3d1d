package dev.pygrade.grader.grading;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.exercise.BenchmarkSpec;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.grader.config.SandboxConfig;
import dev.pygrade.grader.sandbox.DockerSandbox;
import dev.pygrade.grader.sandbox.LimitsPolicy;
import dev.pygrade.grader.sandbox.PreparedSandbox;
import dev.pygrade.grader.sandbox.ReferenceCounts;
import dev.pygrade.grader.sandbox.RunnerReport;
import dev.pygrade.grader.sandbox.SandboxException;
import dev.pygrade.grader.sandbox.SandboxJob;
import dev.pygrade.grader.sandbox.SandboxLimits;
import dev.pygrade.grader.sandbox.SandboxPool;
import dev.pygrade.grader.sandbox.SandboxRun;
import dev.pygrade.grader.scoring.ScoreCalculator;
import java.util.Map;
import java.util.Optional;

/**
 * Runs files against an exercise in a fresh sandbox and scores the outcome; shared by the service and the catalog
 * check. Performance exercises get the reference's instruction counts from a cache (the first grading of an exercise
 * version counts them in its own sandbox); those that measure memory run under {@code memoryRuntime}.
 */
public final class SandboxGrader {
    private final DockerSandbox sandbox;
    private final LimitsPolicy limits;
    private final double cpus;
    private final String memoryRuntime;
    private final ReferenceCountCache referenceCounts;
    private final SandboxPool pool;
    private final ScoreCalculator scores = new ScoreCalculator();

    /** @param pool sandboxes started ahead, or null to start each for its job */
    public SandboxGrader(
            DockerSandbox sandbox,
            LimitsPolicy limits,
            double cpus,
            String memoryRuntime,
            ReferenceCountCache referenceCounts,
            SandboxPool pool) {
        this.sandbox = sandbox;
        this.limits = limits;
        this.cpus = cpus;
        this.memoryRuntime = memoryRuntime;
        this.referenceCounts = referenceCounts;
        this.pool = pool;
    }

    /** A grader from configuration that starts each sandbox for its job (the catalog check). */
    public static SandboxGrader of(DockerSandbox sandbox, SandboxConfig config) {
        return of(sandbox, config, null);
    }

    /** A grader from configuration that takes its sandboxes from the pool, if there is one. */
    public static SandboxGrader of(DockerSandbox sandbox, SandboxConfig config, SandboxPool pool) {
        return new SandboxGrader(
                sandbox,
                new LimitsPolicy(config),
                config.cpus(),
                config.memoryRuntime(),
                new ReferenceCountCache(config.ceilings().timeTotal().plus(config.grace())),
                pool);
    }

    /** Runs the files in a fresh sandbox (one started ahead when the pool has one ready). */
    public SandboxRun run(Exercise exercise, Map<String, String> files, Map<String, String> labels) {
        SandboxLimits effective = limits.effective(exercise.settings().limits());
        BenchmarkSpec benchmark = exercise.benchmark();
        String runtime = measuresMemory(benchmark) ? memoryRuntime : sandbox.runtime();
        PreparedSandbox prepared = pool != null
                ? pool.take(effective, runtime, labels)
                : sandbox.prepare(effective, sandbox.acquireLearnerUid(), labels, runtime);
        SandboxJob job;
        try {
            // A performance exercise's counts may have to be awaited: its sandbox is started meanwhile.
            ReferenceCounts known = benchmark == null
                            || benchmark.countedSizes().isEmpty()
                            || (benchmark.time() == null && benchmark.complexity() == null)
                    ? null
                    : referenceCounts(exercise, effective, labels, runtime).orElse(null);
            job = SandboxJob.of(exercise, files, effective, prepared.learnerUid(), known);
        } catch (RuntimeException e) {
            sandbox.discard(prepared);
            throw e;
        }
        return sandbox.run(prepared, job, effective);
    }

    /** The reference's counts: cached, awaited from the grading measuring them, or measured here (empty if not). */
    private Optional<ReferenceCounts> referenceCounts(
            Exercise exercise, SandboxLimits effective, Map<String, String> labels, String runtime) {
        ReferenceCountCache.Lookup lookup;
        try {
            lookup = referenceCounts.lookup(new ReferenceCountCache.Key(
                    exercise.info().id(), exercise.source().version(), sandbox.imageId()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the reference's counts", e);
        }
        Optional<ReferenceCounts> known = lookup.known();
        if (known.isEmpty()) {
            known = countReference(exercise, effective, labels, runtime);
            known.ifPresentOrElse(lookup::complete, lookup::abandon);
        }
        return known;
    }

    /**
     * Counts the reference in a sandbox of its own, so that gradings waiting for its counts wait for that alone.
     * Empty when it could not: the grading then counts the reference itself.
     */
    private Optional<ReferenceCounts> countReference(
            Exercise exercise, SandboxLimits effective, Map<String, String> labels, String runtime) {
        try {
            SandboxRun run = sandbox.run(
                    SandboxJob.countReference(exercise, effective, sandbox.acquireLearnerUid()),
                    effective,
                    labels,
                    runtime);
            RunnerReport report = run.outcome().report();
            if (report == null
                    || report.benchmark() == null
                    || report.benchmark().counts() == null) {
                return Optional.empty();
            }
            return ReferenceCounts.of(
                    report.benchmark().counts().referenceCounts(),
                    exercise.benchmark().countedSizes());
        } catch (SandboxException e) {
            return Optional.empty();
        }
    }

    private static boolean measuresMemory(BenchmarkSpec benchmark) {
        return benchmark != null && (benchmark.memory() != null || benchmark.instances() != null);
    }

    public GradingResult score(Exercise exercise, SandboxRun run, long queuedMs, long totalMs) {
        return scores.score(exercise, run, cpus, queuedMs, totalMs);
    }

    public String graderId() {
        return sandbox.instanceId();
    }
}
