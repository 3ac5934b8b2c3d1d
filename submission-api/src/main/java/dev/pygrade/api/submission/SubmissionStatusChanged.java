package dev.pygrade.api.submission;

import java.util.UUID;

/**
 * Fired inside the results consumer's transaction when a submission moves to another status (a grader took it, or its
 * result was stored). Observers that act after the commit see exactly what readers will see.
 */
public record SubmissionStatusChanged(UUID submissionId, SubmissionStatus status) {}
