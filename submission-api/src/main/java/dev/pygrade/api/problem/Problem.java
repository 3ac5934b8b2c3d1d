package dev.pygrade.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type identifies the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param instance the request path the problem is about
 * @param errors one entry per invalid field, for validation problems only
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    /** Prefix of the problem types this API defines; each is listed in the module's README. */
    public static final String TYPE_BASE = "https://pygrade.dev/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of a type defined by this API, e.g. {@code type("invalid-submission")}. */
    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** A problem that the status code describes completely (RFC 9457 section 4.2.1). */
    public static Problem ofStatus(Response.StatusType status, String detail, String instance) {
        return new Problem(
                URI.create("about:blank"), status.getReasonPhrase(), status.getStatusCode(), detail, instance, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
