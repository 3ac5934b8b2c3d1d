package dev.pygrade.api.auth;

import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.InvalidRequestException;
import dev.pygrade.api.submission.EmptyBodyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who am I, and learner sessions opened by an LMS or portal that holds an instructor or admin API key. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final CurrentPrincipal current;
    private final SessionTokens tokens;
    private final AuthConfig config;

    public SessionResource(CurrentPrincipal current, SessionTokens tokens, AuthConfig config) {
        this.current = current;
        this.tokens = tokens;
        this.config = config;
    }

    @GET
    @Path("/me")
    @Allow({Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN})
    @Operation(summary = "The caller: subject, role, course and how it authenticated")
    public Me me() {
        Credential credential = current.credential();
        Principal p = credential.principal();
        return new Me(p.subject(), p.role(), p.courseId(), credential.viaApiKey() ? "api-key" : "session");
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Role.INSTRUCTOR, Role.ADMIN})
    @Operation(
            summary = "Open a learner session (instructor or admin API keys): {learner, courseId?}. An instructor key"
                    + " opens sessions only in its own course; admins in any.")
    public IssuedSession open(SessionRequest request) {
        if (request == null) {
            throw new EmptyBodyException("send a JSON object with learner");
        }
        Credential caller = current.credential();
        if (!caller.viaApiKey()) {
            throw new ForbiddenException("only API keys may open sessions for learners");
        }
        Principal principal = caller.principal();
        if (principal.is(Role.INSTRUCTOR) && principal.courseId() == null) {
            throw new ForbiddenException("an instructor key without a course has no learners and may not open"
                    + " sessions; use a key of the learner's course or an admin key");
        }
        validate(request);
        String course = request.courseId() == null ? principal.courseId() : request.courseId();
        if (principal.is(Role.INSTRUCTOR) && !Objects.equals(course, principal.courseId())) {
            throw new ForbiddenException("an instructor key of course '" + principal.courseId()
                    + "' may not open sessions in course '" + course + "'");
        }
        Principal learner = new Principal(request.learner().trim(), Role.LEARNER, course);
        String token = tokens.issue(learner, config.sessionTtl());
        return new IssuedSession(
                token, Instant.now().plus(config.sessionTtl()), learner.subject(), learner.role(), course);
    }

    /** The learner is required; a course, when sent, is not blank (a learner's identity includes it). */
    private static void validate(SessionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.learner() == null
                || request.learner().isBlank()
                || request.learner().length() > 300) {
            errors.add(new FieldError("learner", "learner is required, at most 300 characters"));
        } else if (request.learner().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("learner", "learner must not contain control characters"));
        }
        if (request.courseId() != null
                && (request.courseId().isBlank()
                        || request.courseId().length() > 300
                        || request.courseId().chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError(
                    "courseId", "courseId must be 1 to 300 characters without control characters when it is sent"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-session-request", "The session request is not valid", errors);
        }
    }

    /** The caller as {@code GET /api/v1/me} shows it; {@code via} is {@code api-key} or {@code session}. */
    public record Me(String subject, Role role, String courseId, String via) {}
}
