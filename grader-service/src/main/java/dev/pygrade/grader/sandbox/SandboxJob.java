package dev.pygrade.grader.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pygrade.exercise.BenchmarkSpec;
import dev.pygrade.exercise.Exercise;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The job document the sandbox reads on stdin (schema: sandbox-images/python/schema/job.schema.json). The
 * nonce is known only to the grader and the supervisor; a result without it is not the supervisor's.
 *
 * @param task null to grade; {@code count-reference} to count the reference's instructions only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SandboxJob(
        int schemaVersion,
        String nonce,
        String task,
        JobExercise exercise,
        JobSubmission submission,
        JobLimits limits,
        JobSandbox sandbox) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SandboxJob of(Exercise exercise, Map<String, String> files, SandboxLimits limits, int learnerUid) {
        return of(exercise, files, limits, learnerUid, null);
    }

    /** @param referenceCounts the reference's cached instruction counts, or null to have the sandbox count them */
    public static SandboxJob of(
            Exercise exercise,
            Map<String, String> files,
            SandboxLimits limits,
            int learnerUid,
            ReferenceCounts referenceCounts) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        List<JobSnippet> snippets = exercise.scoring().snippets().isEmpty()
                ? null
                : exercise.scoring().snippets().stream()
                        .map(s -> new JobSnippet(s.id(), s.code()))
                        .toList();
        return new SandboxJob(
                1,
                HexFormat.of().formatHex(nonce),
                null,
                new JobExercise(
                        exercise.info().id(),
                        exercise.info().kind().wire(),
                        exercise.settings().module(),
                        exercise.files().gradingFiles(),
                        snippets,
                        JobBenchmark.of(exercise.benchmark(), referenceCounts)),
                new JobSubmission(files),
                new JobLimits(
                        limits.timePerTest().toMillis(),
                        limits.timeTotal().toMillis(),
                        limits.memoryBytes(),
                        limits.processes(),
                        limits.outputBytes(),
                        limits.fileSizeBytes(),
                        limits.openFiles()),
                new JobSandbox(learnerUid, learnerUid + 1, DockerSandbox.GRADER_UID));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobExercise(
            String id,
            String kind,
            String module,
            Map<String, String> files,
            List<JobSnippet> snippets,
            JobBenchmark benchmark) {}

    /** A job that only counts the reference's instructions (no tests, no learner code), for the grader's cache. */
    public static SandboxJob countReference(Exercise exercise, SandboxLimits limits, int learnerUid) {
        SandboxJob job = of(exercise, exercise.files().reference(), limits, learnerUid, null);
        return new SandboxJob(
                job.schemaVersion(),
                job.nonce(),
                "count-reference",
                job.exercise(),
                job.submission(),
                job.limits(),
                job.sandbox());
    }

    /**
     * What the supervisor measures; the budgets stay with the grader, which scores the measurements.
     *
     * @param sizes the sizes whose instructions are counted ({@link BenchmarkSpec#countedSizes()})
     * @param budgetRatio how many times the reference's instructions the learner's calls may use in all
     * @param referenceCounts the reference's counts when the grader has them cached, else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobBenchmark(
            String entry,
            String generator,
            long seed,
            List<Integer> sizes,
            boolean copyInputEachCall,
            double budgetRatio,
            ReferenceCounts referenceCounts,
            Map<String, Integer> memory,
            Map<String, Object> instances,
            List<String> slots) {
        static JobBenchmark of(BenchmarkSpec spec, ReferenceCounts referenceCounts) {
            if (spec == null) {
                return null;
            }
            boolean counted = spec.time() != null || spec.complexity() != null;
            return new JobBenchmark(
                    spec.entry(),
                    spec.generatorSource(),
                    spec.seed(),
                    counted ? spec.countedSizes() : List.of(),
                    spec.copyInputEachCall(),
                    spec.budgetRatio(),
                    counted ? referenceCounts : null,
                    spec.memory() != null ? Map.of("size", spec.memory().size()) : null,
                    spec.instances() != null
                            ? Map.of(
                                    "className", spec.instances().className(),
                                    "factory", spec.instances().factory(),
                                    "count", spec.instances().count())
                            : null,
                    spec.slots() != null ? spec.slots().classes() : null);
        }
    }

    public record JobSnippet(String id, String code) {}

    public record JobSubmission(Map<String, String> files) {}

    public record JobLimits(
            long timePerTestMs,
            long timeTotalMs,
            long memoryBytes,
            int processes,
            long outputBytes,
            long fileSizeBytes,
            int openFiles) {}

    /** Uids of the learner's processes, of the reference solution's (performance) and of the supervisor. */
    public record JobSandbox(int learnerUid, int referenceUid, int graderUid) {}
}
