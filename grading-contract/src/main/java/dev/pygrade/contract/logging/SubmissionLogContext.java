package dev.pygrade.contract.logging;

import org.jboss.logging.MDC;

/**
 * The submission a thread works on, in the logging MDC ({@code submissionId}, {@code attempt}) while open: every log
 * line of that work carries them (JSON logs show them under {@code mdc}). Closing restores what was there before.
 */
public final class SubmissionLogContext implements AutoCloseable {
    public static final String SUBMISSION_ID = "submissionId";
    public static final String ATTEMPT = "attempt";

    private final Object previousId;
    private final Object previousAttempt;

    private SubmissionLogContext(String submissionId) {
        this.previousId = submissionId == null ? MDC.get(SUBMISSION_ID) : MDC.put(SUBMISSION_ID, submissionId);
        this.previousAttempt = MDC.get(ATTEMPT);
    }

    /** The submission, its attempt not known yet ({@link #attempt(int)} adds it). */
    public static SubmissionLogContext open(String submissionId) {
        return new SubmissionLogContext(submissionId);
    }

    public static SubmissionLogContext open(String submissionId, int attempt) {
        SubmissionLogContext context = new SubmissionLogContext(submissionId);
        attempt(attempt);
        return context;
    }

    /** Adds the attempt to the submission an open context is about. */
    public static void attempt(int attempt) {
        MDC.put(ATTEMPT, String.valueOf(attempt));
    }

    @Override
    public void close() {
        restore(SUBMISSION_ID, previousId);
        restore(ATTEMPT, previousAttempt);
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
