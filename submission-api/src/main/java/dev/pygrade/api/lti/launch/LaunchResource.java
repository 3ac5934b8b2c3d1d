package dev.pygrade.api.lti.launch;

import dev.pygrade.api.lti.LtiClaims;
import dev.pygrade.api.lti.LtiSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * {@code POST /lti/launch}: the platform's form post of id_token and state (the OIDC redirect_uri). A valid launch
 * starts a session and sends the browser on: a resource link to its exercise page, a deep-linking request to the
 * exercise picker.
 */
@Path("/lti/launch")
public class LaunchResource {
    private static final Logger LOG = Logger.getLogger(LaunchResource.class);

    private final LaunchValidator validator;
    private final Launches launches;
    private final LtiSession session;

    public LaunchResource(LaunchValidator validator, Launches launches, LtiSession session) {
        this.validator = validator;
        this.launches = launches;
        this.session = session;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "LTI 1.3 launch (redirect_uri): id_token and state, form-posted by the platform")
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state) {
        ValidLaunch valid = validator.validate(idToken, state);
        LaunchRecord launch = launches.accept(valid);
        LOG.infof(
                "LTI launch %s accepted: %s from registration %d, deployment %s, %s as %s",
                launch.id, launch.messageType, launch.registrationId, launch.deploymentId, launch.subject, launch.role);
        URI next = LtiClaims.DEEP_LINKING_REQUEST.equals(launch.messageType)
                ? URI.create("/lti/deep-link/" + launch.id)
                : URI.create("/learn/" + launch.exerciseId);
        // 303: the browser GETs the page; a reload does not post the id_token again.
        return Response.seeOther(next)
                .cookie(session.start(Launches.principal(launch)))
                .header("Cache-Control", "no-store")
                .build();
    }
}
