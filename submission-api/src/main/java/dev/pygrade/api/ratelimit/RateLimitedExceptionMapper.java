package dev.pygrade.api.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 as problem+json with the {@code Retry-After} header clients and proxies understand. */
public class RateLimitedExceptionMapper {

    @ServerExceptionMapper
    public Response map(RateLimitedException exception, UriInfo uri) {
        return Response.fromResponse(exception.toProblem(uri.getPath()).toResponse())
                .header(HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds())
                .build();
    }
}
