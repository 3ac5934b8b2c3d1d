package dev.pygrade.api.lti.login;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /lti/login}: where a platform starts a launch (third-party initiated login, by GET or POST). */
@Path("/lti/login")
public class LoginResource {
    private final OidcLogin login;

    public LoginResource(OidcLogin login) {
        this.login = login;
    }

    @GET
    @Operation(summary = "LTI 1.3 login initiation (query parameters)")
    public Response get(
            @QueryParam("iss") String iss,
            @QueryParam("login_hint") String loginHint,
            @QueryParam("target_link_uri") String targetLinkUri,
            @QueryParam("lti_message_hint") String messageHint,
            @QueryParam("client_id") String clientId,
            @QueryParam("lti_deployment_id") String deploymentId) {
        return redirect(new LoginRequest(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "LTI 1.3 login initiation (form parameters)")
    public Response post(
            @FormParam("iss") String iss,
            @FormParam("login_hint") String loginHint,
            @FormParam("target_link_uri") String targetLinkUri,
            @FormParam("lti_message_hint") String messageHint,
            @FormParam("client_id") String clientId,
            @FormParam("lti_deployment_id") String deploymentId) {
        return redirect(new LoginRequest(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId));
    }

    /** 302: the browser GETs the platform's authorization endpoint with our parameters. */
    private Response redirect(LoginRequest request) {
        return Response.status(Response.Status.FOUND)
                .location(login.start(request))
                .header("Cache-Control", "no-store")
                .build();
    }
}
