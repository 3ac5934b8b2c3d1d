package dev.pygrade.api.lti;

import dev.pygrade.api.auth.PublicEndpoint;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What an LMS admin pastes into their platform to add Pygrade as a tool (see docs/lti.md). Public: no secrets. */
@PublicEndpoint
@Path("/api/v1/lti/tool")
@Produces(MediaType.APPLICATION_JSON)
public class ToolConfigResource {
    /** The tool's URLs and the services it uses. */
    public record ToolConfig(
            String loginUrl,
            String redirectUrl,
            String targetLinkUrl,
            String deepLinkingUrl,
            String jwksUrl,
            List<String> messageTypes,
            List<String> scopes) {}

    private final ToolUrls urls;

    public ToolConfigResource(ToolUrls urls) {
        this.urls = urls;
    }

    @GET
    @Operation(summary = "Pygrade's LTI 1.3 tool configuration: the URLs to register in an LMS")
    public ToolConfig config() {
        return new ToolConfig(
                urls.login(),
                urls.launch(),
                urls.launch(),
                urls.launch(),
                urls.jwks(),
                List.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST),
                List.of(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_LINEITEM));
    }
}
