package dev.pygrade.grader.sandbox;

/**
 * Where one sandbox run happened; results carry it so a grade can be traced to its runtime and image.
 *
 * @param runtime the container runtime used (runc or runsc)
 * @param image the sandbox image as configured
 * @param imageId the engine's id of that image
 * @param limits the limits the job ran with
 */
public record RunEnvironment(String runtime, String image, String imageId, SandboxLimits limits) {}
