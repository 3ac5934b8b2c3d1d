package dev.pygrade.api.submission;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Submitting solutions and following their grading. */
@Path(SubmissionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {
    static final String PATH = "/api/v1/submissions";

    private final SubmissionService service;

    public SubmissionResource(SubmissionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a solution: {exerciseId, files} or {exerciseId, source}; 202 with its Location")
    public RestResponse<SubmissionAccepted> submit(SubmissionRequest request) {
        if (request == null) {
            throw new EmptyBodyException();
        }
        Submission submission = service.submit(request);
        // A relative Location (RFC 9110 allows it) stays right behind proxies that rewrite the host.
        return RestResponse.ResponseBuilder.accepted(
                        new SubmissionAccepted(submission.id.toString(), submission.status))
                .header(HttpHeaders.LOCATION, PATH + "/" + submission.id)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A submission: status (queued, running, graded, error) and, once graded, its result")
    public SubmissionView get(@PathParam("id") String id) {
        return service.view(id);
    }
}
