package dev.pygrade.api.submission;

/** The answer to an accepted submission: where to follow it ({@code Location}) and that it is queued. */
public record SubmissionAccepted(String id, SubmissionStatus status) {}
