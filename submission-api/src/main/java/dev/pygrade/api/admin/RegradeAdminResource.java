package dev.pygrade.api.admin;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.CurrentPrincipal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.regrade.Regrade;
import dev.pygrade.api.regrade.RegradeConfirmation;
import dev.pygrade.api.regrade.RegradeReport;
import dev.pygrade.api.regrade.RegradeService;
import dev.pygrade.api.regrade.RegradeView;
import dev.pygrade.api.submission.EmptyBodyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Admin API: re-grading an exercise's submissions, previewed first, published on confirmation. */
@Path("/api/v1/admin/regrades")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public class RegradeAdminResource {
    private final RegradeService service;
    private final RegradeReport report;
    private final RegradeConfirmation confirmation;
    private final CurrentPrincipal current;

    public RegradeAdminResource(
            RegradeService service, RegradeReport report, RegradeConfirmation confirmation, CurrentPrincipal current) {
        this.service = service;
        this.report = report;
        this.confirmation = confirmation;
        this.current = current;
    }

    /** The body of POST: the exercise to regrade. */
    public record RegradeRequest(String exerciseId) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Regrade each learner's latest finished submission of {exerciseId} as a preview")
    public RestResponse<RegradeView> start(RegradeRequest request) {
        if (request == null) {
            throw new EmptyBodyException("send a JSON object with exerciseId");
        }
        Regrade regrade =
                service.start(request.exerciseId(), current.credential().scope());
        return RestResponse.ResponseBuilder.<RegradeView>created(URI.create("/api/v1/admin/regrades/" + regrade.id))
                .entity(report.of(regrade.id.toString()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The preview: whose grades would change and by how much, and how many are pending")
    public RegradeView get(@PathParam("id") String id) {
        return report.of(id);
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Publish the regraded results: learners see them, webhooks and LTI scores are sent")
    public RegradeView confirm(@PathParam("id") String id) {
        confirmation.confirm(id);
        return report.of(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Discard a preview: its results are kept but never published")
    public RegradeView discard(@PathParam("id") String id) {
        confirmation.discard(id);
        return report.of(id);
    }
}
