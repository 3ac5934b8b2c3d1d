package dev.pygrade.contract.result;

/**
 * How long the grading took, in milliseconds.
 *
 * @param queuedMs from the submission's request to the grader taking it
 * @param sandboxMs creating and starting the sandbox container
 * @param runMs from sending the job to reading the result
 * @param totalMs from the grader taking the submission to the result being ready
 */
public record Timings(long queuedMs, long sandboxMs, long runMs, long totalMs) {}
