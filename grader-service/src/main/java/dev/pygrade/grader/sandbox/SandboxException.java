package dev.pygrade.grader.sandbox;

/** The sandbox could not run a job for reasons of ours (engine down, image missing): never the learner's fault. */
public class SandboxException extends RuntimeException {
    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
