package dev.pygrade.api.submission;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/submissions}: the exercise and either every file, or {@code source} as a
 * shorthand for the exercise's one learner file (usually {@code solution.py}).
 */
public record SubmissionRequest(String exerciseId, Map<String, String> files, String source) {}
