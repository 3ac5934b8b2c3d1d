package dev.pygrade.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Our own small set of exception mappers (this class and its siblings in this package): the quarkiverse
 * resteasy-problem extension is not available for this Quarkus version, and what we need is little.
 */
public class ProblemExceptionMapper {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(ProblemException exception, UriInfo uri) {
        LOG.debugf("%s %s: %s", exception.status(), uri.getPath(), exception.getMessage());
        return exception.toProblem(uri.getPath()).toResponse();
    }
}
