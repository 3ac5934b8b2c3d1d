package dev.pygrade.api.leaderboard;

import java.time.Instant;
import java.util.List;

/**
 * The caller's leaderboard participation, {@code GET /api/v1/me/leaderboard}.
 *
 * @param optedIn whether the caller's bests are shown on boards
 * @param pseudonym the name they are shown under (kept, and reserved, while opted out); null if never opted in
 * @param optedInAt when they opted in; null while opted out
 * @param bests the caller's own bests per performance exercise, kept whether or not they take part
 */
public record Participation(boolean optedIn, String pseudonym, Instant optedInAt, List<PersonalBest> bests) {

    /**
     * One exercise's bests of the caller.
     *
     * @param medianRatio lowest median time ratio to the reference of a passed result
     * @param achievedAt when the submission with that ratio was made
     * @param peakBytes lowest peak memory of a passed result (possibly of another submission)
     * @param peakBytesAchievedAt when the submission with that peak was made
     */
    public record PersonalBest(
            String exerciseId, Double medianRatio, Instant achievedAt, Long peakBytes, Instant peakBytesAchievedAt) {}
}
