package dev.pygrade.api.result;

import dev.pygrade.contract.result.GradingResult;
import java.util.UUID;

/**
 * Fired synchronously inside the results consumer's transaction right after a new result for (submission, attempt)
 * was stored, once per attempt: duplicates of a result never fire it. Observers that write rows (LTI score
 * passback, webhooks) write them in the same transaction, so they exist exactly when the result does.
 */
public record SubmissionGraded(UUID submissionId, int attempt, GradingResult result) {}
