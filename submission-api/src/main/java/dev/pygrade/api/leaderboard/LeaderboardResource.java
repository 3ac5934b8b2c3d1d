package dev.pygrade.api.leaderboard;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.CurrentPrincipal;
import dev.pygrade.api.auth.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The pseudonymous leaderboard of a performance exercise; the same for every role. */
@Path("/api/v1/exercises/{id}/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN})
public class LeaderboardResource {
    private final Leaderboards leaderboards;
    private final CurrentPrincipal current;

    public LeaderboardResource(Leaderboards leaderboards, CurrentPrincipal current) {
        this.leaderboards = leaderboards;
        this.current = current;
    }

    @GET
    @Operation(
            summary = "Leaderboard of a performance exercise: opted-in learners' best passed results, ranked by"
                    + " lowest instruction ratio then lowest peak memory; {exerciseId, total, yourRank, entries:"
                    + " [{rank, pseudonym, medianRatio, achievedAt, peakBytes, peakBytesAchievedAt, you}]}. Only"
                    + " pseudonyms, for every role. 404 unknown exercise, 409 not a performance exercise.")
    public Leaderboard get(
            @PathParam("id") String id, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return leaderboards.board(id, LearnerKey.of(current.get()), limit);
    }
}
