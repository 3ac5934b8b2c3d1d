package dev.pygrade.api.leaderboard;

/**
 * The body of {@code PUT /api/v1/me/leaderboard}.
 *
 * @param pseudonym 3 to 24 ASCII letters, digits, '-' or '_', unique regardless of case; when absent, the caller's
 *     earlier pseudonym, or a generated one such as {@code anon-7k2q9x}
 */
public record LeaderboardOptIn(String pseudonym) {}
