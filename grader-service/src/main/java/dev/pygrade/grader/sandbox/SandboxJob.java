package dev.pygrade.grader.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pygrade.exercise.Exercise;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The job document the sandbox reads on stdin (schema: sandbox-images/python/schema/job.schema.json). The
 * nonce is known only to the grader and the supervisor; a result without it is not the supervisor's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SandboxJob(
        int schemaVersion,
        String nonce,
        JobExercise exercise,
        JobSubmission submission,
        JobLimits limits,
        JobSandbox sandbox) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SandboxJob of(Exercise exercise, Map<String, String> files, SandboxLimits limits, int learnerUid) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        List<JobSnippet> snippets = exercise.snippets().isEmpty()
                ? null
                : exercise.snippets().stream()
                        .map(s -> new JobSnippet(s.id(), s.code()))
                        .toList();
        return new SandboxJob(
                1,
                HexFormat.of().formatHex(nonce),
                new JobExercise(
                        exercise.id(), exercise.kind().wire(), exercise.module(), exercise.gradingFiles(), snippets),
                new JobSubmission(files),
                new JobLimits(
                        limits.timePerTest().toMillis(),
                        limits.timeTotal().toMillis(),
                        limits.memoryBytes(),
                        limits.processes(),
                        limits.outputBytes(),
                        limits.fileSizeBytes(),
                        limits.openFiles()),
                new JobSandbox(learnerUid, 10000));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobExercise(
            String id, String kind, String module, Map<String, String> files, List<JobSnippet> snippets) {}

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

    public record JobSandbox(int learnerUid, int graderUid) {}
}
