package dev.pygrade.api.submission;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.CurrentPrincipal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.idempotency.IdempotencyKey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Submitting solutions and following their grading. Learners see their own, instructors their course's. */
@Path(SubmissionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN})
public class SubmissionResource {
    static final String PATH = "/api/v1/submissions";
    static final String REPLAYED = "Idempotency-Replayed";

    private final SubmissionIntake intake;
    private final SubmissionQueries queries;
    private final CurrentPrincipal current;

    public SubmissionResource(SubmissionIntake intake, SubmissionQueries queries, CurrentPrincipal current) {
        this.intake = intake;
        this.queries = queries;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit a solution: {exerciseId, files} or {exerciseId, source}; 202 with its Location. An"
                    + " Idempotency-Key makes retries return the first answer.")
    public RestResponse<SubmissionAccepted> submit(
            SubmissionRequest request, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        if (request == null) {
            throw new EmptyBodyException();
        }
        SubmissionIntake.Outcome outcome =
                intake.submit(current.credential(), request, IdempotencyKey.parse(idempotencyKey));
        // A relative Location (RFC 9110 allows it) stays right behind proxies that rewrite the host.
        RestResponse.ResponseBuilder<SubmissionAccepted> response = RestResponse.ResponseBuilder.accepted(
                        new SubmissionAccepted(outcome.submissionId().toString(), SubmissionStatus.QUEUED))
                .header(HttpHeaders.LOCATION, PATH + "/" + outcome.submissionId());
        return outcome.replayed() ? response.header(REPLAYED, "true").build() : response.build();
    }

    @GET
    @Operation(
            summary = "Submissions the caller may see (a learner: their own in their course; an instructor: their"
                    + " course's), newest first, with how many count as attempts")
    public SubmissionList list(
            @QueryParam("exerciseId") String exerciseId,
            @QueryParam("learner") String learner,
            @QueryParam("courseId") String courseId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return queries.list(current.get(), exerciseId, learner, courseId, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A submission: status (queued, running, graded, error), its result and its attempts")
    public SubmissionView get(@PathParam("id") String id) {
        return queries.view(current.get(), id);
    }
}
