package dev.pygrade.grader.sandbox;

/**
 * Where a sandbox runs: its runtime, and the CPU cores it is pinned to (null: not pinned).
 */
public record Placement(String runtime, String cpuset) {}
