package dev.pygrade.contract;

/** Kafka topic names. The key of every record is the submission id. */
public final class Topics {
    /** Submissions waiting to be graded ({@link SubmissionRequested}). */
    public static final String SUBMISSIONS = "pygrade.submissions.v1";
    /** Grading progress and results ({@link ResultEvent}). */
    public static final String RESULTS = "pygrade.results.v1";
    /** Submission messages that could not be read or graded, with the reason in headers. */
    public static final String SUBMISSIONS_DLQ = "pygrade.submissions.dlq";

    private Topics() {}
}
