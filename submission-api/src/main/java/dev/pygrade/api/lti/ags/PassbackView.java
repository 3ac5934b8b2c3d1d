package dev.pygrade.api.lti.ags;

import java.time.Instant;
import java.util.UUID;

/** A passback row as admins see it: where it stands and why it failed. */
public record PassbackView(
        long id,
        UUID submissionId,
        int attempt,
        UUID launchId,
        double scoreGiven,
        double scoreMaximum,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    public static PassbackView of(PassbackRecord r) {
        return new PassbackView(
                r.id,
                r.submissionId,
                r.attempt,
                r.launchId,
                r.scoreGiven,
                r.scoreMaximum,
                r.status.wire(),
                r.attempts,
                r.nextAttemptAt,
                r.lastError,
                r.createdAt,
                r.sentAt);
    }
}
