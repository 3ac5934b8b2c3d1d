package dev.pygrade.api.submission;

import java.util.List;

/**
 * The answer of {@code GET /api/v1/submissions}, newest first.
 *
 * @param attemptsUsed how many of the matching submissions count as attempts (graded; {@code error} and pending ones
 *     do not)
 */
public record SubmissionList(List<SubmissionSummary> submissions, long attemptsUsed) {}
