package dev.pygrade.api.submission;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a submission is: waiting for a grader, being graded, graded, or not gradable because of us. */
public enum SubmissionStatus {
    QUEUED("queued"),
    RUNNING("running"),
    GRADED("graded"),
    /** The grading itself failed (result status {@code error}); not the learner's fault. */
    ERROR("error");

    private final String wire;

    SubmissionStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    /** True once a result is stored; nothing moves a submission back from here. */
    public boolean isFinal() {
        return this == GRADED || this == ERROR;
    }
}
