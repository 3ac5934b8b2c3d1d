package dev.pygrade.api.regrade;

import java.time.Instant;
import java.util.List;

/**
 * A regrade and its impact: for every submission, the published grade and the regraded one.
 *
 * @param pending submissions whose new result has not arrived yet (confirm waits for none)
 * @param changed submissions whose status or score would change
 * @param items changed ones first, then by learner
 */
public record RegradeView(
        String id,
        String exerciseId,
        String exerciseVersion,
        String status,
        Instant createdAt,
        Instant confirmedAt,
        int total,
        int pending,
        int changed,
        List<Item> items) {

    /**
     * One submission's grades before and after; {@code regraded} is null until the result of {@code attempt}
     * arrived.
     */
    public record Item(
            String submissionId,
            int attempt,
            String learner,
            String courseId,
            Grade previous,
            Grade regraded,
            Double scoreDelta,
            boolean changed) {}

    /** One attempt's grade. */
    public record Grade(int attempt, String status, double score, double maxScore) {}
}
