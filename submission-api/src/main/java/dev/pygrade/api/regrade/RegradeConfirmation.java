package dev.pygrade.api.regrade;

import dev.pygrade.api.result.GradingResultRecord;
import dev.pygrade.api.result.SubmissionGraded;
import dev.pygrade.api.submission.Submission;
import dev.pygrade.api.submission.SubmissionStatus;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Publishes a regrade in one transaction: every regraded result becomes the submission's current attempt, learners
 * see it, and {@link SubmissionGraded} fires for each (webhooks and LTI scores are queued in this transaction).
 * Only a complete preview can be confirmed; a discarded one is never published.
 */
@ApplicationScoped
public class RegradeConfirmation {
    private final Event<SubmissionGraded> graded;

    public RegradeConfirmation(Event<SubmissionGraded> graded) {
        this.graded = graded;
    }

    @Transactional
    public void confirm(String id) {
        Regrade regrade = preview(id, "confirmed");
        List<RegradeItem> items = RegradeItem.list("regradeId", regrade.id);
        long pending = items.stream()
                .filter(i -> GradingResultRecord.find(i.submissionId, i.attempt) == null)
                .count();
        if (pending > 0) {
            throw new RegradeConflictException(pending + " of " + items.size()
                    + " regraded results have not arrived yet; confirm once pending is 0");
        }
        Instant now = Instant.now();
        regrade.status = RegradeStatus.CONFIRMED;
        regrade.confirmedAt = now;
        for (RegradeItem item : items) {
            GradingResultRecord result = GradingResultRecord.find(item.submissionId, item.attempt);
            result.publishedAt = now;
            Submission submission = Submission.findById(item.submissionId);
            submission.attempt = item.attempt;
            boolean error = result.status == GradingStatus.ERROR;
            submission.moveTo(error ? SubmissionStatus.ERROR : SubmissionStatus.GRADED);
            submission.updatedAt = now;
            GradingResult document = ContractJson.read(result.document, GradingResult.class);
            graded.fire(new SubmissionGraded(submission.id, item.attempt, document));
        }
    }

    /** Drops a preview: its results stay stored (history) but are never published. */
    @Transactional
    public void discard(String id) {
        preview(id, "discarded").status = RegradeStatus.DISCARDED;
    }

    private static Regrade preview(String id, String verb) {
        Regrade regrade = RegradeReport.find(id);
        if (regrade.status != RegradeStatus.PREVIEW) {
            throw new RegradeConflictException(
                    "regrade " + id + " is " + regrade.status.wire() + ", it cannot be " + verb);
        }
        return regrade;
    }
}
