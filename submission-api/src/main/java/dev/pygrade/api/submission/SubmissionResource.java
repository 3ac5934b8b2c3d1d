package dev.pygrade.api.submission;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.CurrentPrincipal;
import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.idempotency.IdempotencyKey;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
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
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Submitting solutions and following their grading. Learners see their own, instructors their course's. */
@Path(SubmissionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN})
public class SubmissionResource {
    static final String PATH = "/api/v1/submissions";
    static final String REPLAYED = "Idempotency-Replayed";
    static final int MAX_WAIT_SECONDS = 60;

    private final SubmissionIntake intake;
    private final SubmissionQueries queries;
    private final CurrentPrincipal current;
    private final ResultWaiters waiters;
    private final SubmissionStreams streams;

    public SubmissionResource(
            SubmissionIntake intake,
            SubmissionQueries queries,
            CurrentPrincipal current,
            ResultWaiters waiters,
            SubmissionStreams streams) {
        this.intake = intake;
        this.queries = queries;
        this.current = current;
        this.waiters = waiters;
        this.streams = streams;
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
    @Operation(
            summary = "A submission: status (queued, running, graded, error), its result and its attempts. With"
                    + " wait=N it answers as soon as its result is stored, or after N seconds with the submission"
                    + " as it is then.")
    public SubmissionView get(
            @PathParam("id") String id,
            @Parameter(
                            description = "Seconds to wait for the result when there is none yet (0 to "
                                    + MAX_WAIT_SECONDS
                                    + "); 0 answers at once")
                    @QueryParam("wait")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(MAX_WAIT_SECONDS)
                    int wait)
            throws InterruptedException {
        Principal caller = current.get();
        SubmissionView view = queries.view(caller, id);
        if (wait == 0 || view.status().isFinal()) {
            return view;
        }
        // This worker thread waits; its pool bounds how many requests can wait at once.
        try (ResultWaiters.Waiter waiter = waiters.register(UUID.fromString(view.id()))) {
            SubmissionView now = queries.freshView(caller, id); // a result stored before registering is not missed
            if (now.status().isFinal()) {
                return now;
            }
            waiter.await(Duration.ofSeconds(wait));
        }
        return queries.freshView(caller, id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking // the first read and the access check are queries
    @Operation(
            summary = "A submission's status as server-sent events: the submission as GET shows it, then again each"
                    + " time its status changes (queued, running, graded, error); the stream ends once it is graded"
                    + " or failed, or after pygrade.events.max-duration (EventSource reconnects).")
    public Multi<SubmissionView> events(@PathParam("id") String id) {
        Principal caller = current.get();
        return streams.follow(caller, queries.view(caller, id));
    }
}
