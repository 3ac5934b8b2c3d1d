package dev.pygrade.api.lti.ags;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin API: the score passback outbox, failures included, and retrying what failed. */
@Allow(Role.ADMIN)
@Path("/api/v1/lti/passbacks")
@Produces(MediaType.APPLICATION_JSON)
public class PassbackResource {
    private final PassbackStore store;
    private final PassbackRelay relay;

    public PassbackResource(PassbackStore store, PassbackRelay relay) {
        this.store = store;
        this.relay = relay;
    }

    @GET
    @Operation(summary = "The latest 200 score passbacks, optionally of one status (pending, sent, failed)")
    public List<PassbackView> list(@QueryParam("status") String status) {
        List<PassbackRecord> scores = status == null
                ? store.list()
                : PassbackStatus.fromWire(status).map(store::list).orElse(List.of()); // unknown: matches no row
        return scores.stream().map(PassbackView::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Send a pending or failed score again now, with a fresh try budget")
    public PassbackView retry(@PathParam("id") long id) {
        PassbackRecord score = store.retry(id);
        if (score == null) {
            throw new NotFound(id);
        }
        relay.wake();
        return PassbackView.of(score);
    }

    static class NotFound extends ProblemException {
        NotFound(long id) {
            super(404, "lti-passback-not-found", "Passback not found", "no passback " + id, List.of());
        }
    }
}
