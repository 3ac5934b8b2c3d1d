package dev.pygrade.api.leaderboard;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.CurrentPrincipal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.idempotency.IdempotencyStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's own leaderboard participation: opt in under a pseudonym, opt out, look. Always for oneself: the
 * caller's subject in the caller's course.
 */
@Path("/api/v1/me/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN})
public class MyLeaderboardResource {
    private final Leaderboards leaderboards;
    private final CurrentPrincipal current;

    public MyLeaderboardResource(Leaderboards leaderboards, CurrentPrincipal current) {
        this.leaderboards = leaderboards;
        this.current = current;
    }

    @GET
    @Operation(
            summary = "The caller's leaderboard participation: {optedIn, pseudonym, optedInAt, bests: [{exerciseId,"
                    + " medianRatio, achievedAt, peakBytes, peakBytesAchievedAt}]}")
    public Participation get() {
        return leaderboards.participation(LearnerKey.of(current.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Opt in to the leaderboards of performance exercises: {pseudonym?} (3-24 letters, digits, '-',"
                    + " '_'; unique regardless of case, 409 when taken; kept or generated like anon-7k2q9x when"
                    + " omitted). Earlier results count too.")
    public Participation optIn(LeaderboardOptIn request) {
        LearnerKey learner = LearnerKey.of(current.get());
        String pseudonym = request == null ? null : request.pseudonym();
        try {
            return leaderboards.optIn(learner, pseudonym);
        } catch (RuntimeException e) {
            if (!IdempotencyStore.isDuplicateKey(e)) {
                throw e;
            }
            // A concurrent opt-in took the name (or this caller's row) first: a second try sees it and answers
            // 409, or updates the row the first one wrote.
            return leaderboards.optIn(learner, pseudonym);
        }
    }

    @DELETE
    @Operation(
            summary = "Opt out: the caller disappears from every board. Their bests and pseudonym are kept, so"
                    + " opting in again restores them.")
    public Participation optOut() {
        return leaderboards.optOut(LearnerKey.of(current.get()));
    }
}
