package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How long the grading took, in milliseconds (docs/grading-time.md explains each phase).
 *
 * @param queuedMs from the submission's request to the grader taking it
 * @param sandboxMs creating and starting the sandbox container
 * @param runMs from sending the job to reading the result
 * @param totalMs from the grader taking the submission to the result being ready
 * @param runner how the run split inside the sandbox, when the runner reported it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timings(long queuedMs, long sandboxMs, long runMs, long totalMs, RunnerPhases runner) {

    /**
     * The supervisor's phases inside the sandbox, in the order they run.
     *
     * @param setupMs from the job's arrival to the tests' start: the exercise's files written, the learner's
     *     module proxied
     * @param collectMs pytest collecting the tests: the test modules imported, with their module-level fixtures
     * @param testsMs running the tests, each in a fresh learner process
     * @param benchmarkMs performance exercises: counting, memory and __slots__ measurements
     */
    public record RunnerPhases(long setupMs, long collectMs, long testsMs, long benchmarkMs) {}
}
