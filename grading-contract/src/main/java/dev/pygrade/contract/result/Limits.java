package dev.pygrade.contract.result;

/** The limits a grading ran under, as applied (after instance-wide ceilings). */
public record Limits(
        long timePerTestMs,
        long timeTotalMs,
        long memoryBytes,
        int processes,
        long outputBytes,
        long fileSizeBytes,
        int openFiles,
        double cpus) {}
