package dev.pygrade.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Anything else is our fault: 500 with an id to find the logged stack trace, never the trace itself. */
public class UnexpectedExceptionMapper {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(Exception exception, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "incident %s: %s failed", incident, uri.getPath());
        return Problem.ofStatus(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "the server failed to handle this request (incident " + incident + ")",
                        uri.getPath())
                .toResponse();
    }
}
