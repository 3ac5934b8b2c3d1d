package dev.pygrade.api.leaderboard;

import java.time.Instant;
import java.util.List;

/**
 * The board of one performance exercise, {@code GET /api/v1/exercises/{id}/leaderboard}: only pseudonyms and
 * figures, for every caller (no subject, course or submission id, not even for instructors and admins).
 *
 * @param total how many opted-in learners are on the board
 * @param yourRank the caller's rank, also when it lies beyond {@code limit}; null when the caller is not on the board
 * @param entries the best {@code limit} rows, ranked
 */
public record Leaderboard(String exerciseId, int total, Integer yourRank, List<Entry> entries) {

    /**
     * One learner's row.
     *
     * @param rank 1 for the best; learners with the same ratio and peak share a rank (1, 2, 2, 4)
     * @param medianRatio lowest instruction ratio to the reference of a passed result (the ranking key; the field keeps its first name)
     * @param achievedAt when the submission with that ratio was made
     * @param peakBytes lowest peak memory of a passed result, independently of the ratio (the tie-breaker)
     * @param peakBytesAchievedAt when the submission with that peak was made
     * @param you true on the caller's own row
     */
    public record Entry(
            int rank,
            String pseudonym,
            Double medianRatio,
            Instant achievedAt,
            Long peakBytes,
            Instant peakBytesAchievedAt,
            boolean you) {}
}
