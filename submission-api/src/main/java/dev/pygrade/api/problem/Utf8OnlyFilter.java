package dev.pygrade.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are UTF-8 only (RFC 8259): a request that declares another charset is refused with 415 before its
 * body is read, instead of being decoded wrongly. Bytes that are not UTF-8 are caught by the JSON parser (400).
 */
public class Utf8OnlyFilter {

    @ServerRequestFilter(preMatching = true)
    public Response filter(HttpHeaders headers, UriInfo uri) {
        MediaType type = headers.getMediaType();
        if (type == null || !"json".equals(type.getSubtype())) {
            return null;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null
                || charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())
                || charset.equalsIgnoreCase("utf8")) {
            return null;
        }
        return Problem.ofStatus(
                        Response.Status.UNSUPPORTED_MEDIA_TYPE,
                        "charset '" + charset + "' is not supported: JSON bodies must be UTF-8"
                                + " (Content-Type: application/json or application/json; charset=utf-8)",
                        uri.getPath())
                .toResponse();
    }
}
