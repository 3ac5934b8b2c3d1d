package dev.pygrade.api.lti;

import dev.pygrade.api.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every refused LTI request gets one log line with the reason and a clear answer: an HTML page for browsers (LTI
 * requests are browser form posts), problem+json for API clients. Never a stack trace.
 */
public class LtiRejectionMapper {
    private static final Logger LOG = Logger.getLogger(LtiRejectionMapper.class);

    @ServerExceptionMapper
    public Response map(LtiRejection rejection, UriInfo uri, HttpHeaders headers) {
        LOG.warnf(
                "LTI request refused: %s %s: %s: %s",
                rejection.status(), uri.getPath(), rejection.reason(), rejection.getMessage());
        if (wantsHtml(headers.getAcceptableMediaTypes())) {
            return Response.status(rejection.status())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(LtiPages.refused(rejection.getMessage(), rejection.reason())
                            .render())
                    .build();
        }
        return new Problem(
                        Problem.type("lti-" + rejection.reason()),
                        "LTI request refused",
                        rejection.status(),
                        rejection.getMessage(),
                        uri.getPath(),
                        null)
                .toResponse();
    }

    private static boolean wantsHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
        }
        return true; // a bare form post from a browser or curl: a page reads better than JSON
    }
}
