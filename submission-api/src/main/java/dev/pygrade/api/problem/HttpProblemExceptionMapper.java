package dev.pygrade.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * HTTP-level failures that Quarkus REST raises itself (unsupported media type, no such path, wrong method,
 * unacceptable Accept header) as problem+json instead of an empty or HTML body.
 */
public class HttpProblemExceptionMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response map(WebApplicationException exception, UriInfo uri, HttpHeaders headers, Request request) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return new RequestBodyExceptionMapper().map(json, uri);
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = detail(exception, uri, headers, request);
        Response response = Problem.ofStatus(status, detail, uri.getPath()).toResponse();
        if (exception instanceof NotAllowedException) {
            Object allow = exception.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
            return allow == null
                    ? response
                    : Response.fromResponse(response)
                            .header(HttpHeaders.ALLOW, allow)
                            .build();
        }
        return response;
    }

    private static String detail(WebApplicationException exception, UriInfo uri, HttpHeaders headers, Request request) {
        if (exception instanceof NotSupportedException) {
            String type = headers.getMediaType() == null ? "none" : "'" + headers.getMediaType() + "'";
            return "Content-Type " + type + " is not supported here; send application/json";
        }
        if (exception instanceof NotAllowedException) {
            return "method " + request.getMethod() + " is not allowed on " + uri.getPath();
        }
        if (exception instanceof NotAcceptableException) {
            return "this resource answers application/json (errors as application/problem+json), not "
                    + headers.getRequestHeader(HttpHeaders.ACCEPT);
        }
        if (exception instanceof NotFoundException) {
            return "there is nothing at " + uri.getPath();
        }
        int code = exception.getResponse().getStatus();
        return code >= 500 ? "the server could not answer this request" : exception.getMessage();
    }
}
