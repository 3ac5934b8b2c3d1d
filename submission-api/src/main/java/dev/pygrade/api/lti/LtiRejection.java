package dev.pygrade.api.lti;

/**
 * A login, launch or deep-linking request that Pygrade refuses. {@code reason} is a stable slug (it becomes the
 * problem type and appears in the log line); the message says what was wrong in words an LMS admin understands.
 */
public class LtiRejection extends RuntimeException {
    private final String reason;
    private final int status;

    public LtiRejection(String reason, String message) {
        this(400, reason, message);
    }

    public LtiRejection(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public int status() {
        return status;
    }

    /** A refusal is an expected outcome with a precise message; a stack trace would say nothing more. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
