package dev.pygrade.contract.result;

/**
 * Where a grading ran.
 *
 * @param image image reference the sandbox was created from
 * @param imageId content digest of that image
 * @param runtime container runtime: {@code runsc} (gVisor) or {@code runc}
 */
public record Environment(String pythonVersion, String image, String imageId, String runtime, Limits limits) {}
