package dev.pygrade.api.problem;

import dev.pygrade.api.persistence.DatabaseOutage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Anything else: 503 with {@code Retry-After} while the database cannot be reached (nothing was stored, the client
 * may retry), otherwise our fault: 500 with an id to find the logged stack trace, never the trace itself.
 */
public class UnexpectedExceptionMapper {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(Exception exception, UriInfo uri) {
        if (DatabaseOutage.isCause(exception)) {
            LOG.warnf("%s: the database is unreachable: %s", uri.getPath(), exception.getMessage());
            return Response.fromResponse(Problem.ofStatus(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "the service cannot reach its database right now; nothing was stored, try again"
                                            + " in a few seconds",
                                    uri.getPath())
                            .toResponse())
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "incident %s: %s failed", incident, uri.getPath());
        return Problem.ofStatus(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "the server failed to handle this request (incident " + incident + ")",
                        uri.getPath())
                .toResponse();
    }
}
