package dev.pygrade.grader.sandbox;

import dev.pygrade.contract.result.Limits;
import java.time.Duration;

/** The limits one grading runs under, after the exercise's wishes were capped by the instance's ceilings. */
public record SandboxLimits(
        Duration timePerTest,
        Duration timeTotal,
        long memoryBytes,
        int processes,
        long outputBytes,
        long fileSizeBytes,
        int openFiles) {

    public Limits toContract(double cpus) {
        return new Limits(
                timePerTest.toMillis(),
                timeTotal.toMillis(),
                memoryBytes,
                processes,
                outputBytes,
                fileSizeBytes,
                openFiles,
                cpus);
    }
}
