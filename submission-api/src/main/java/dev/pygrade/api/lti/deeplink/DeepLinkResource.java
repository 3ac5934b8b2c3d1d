package dev.pygrade.api.lti.deeplink;

import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.lti.LtiClaims;
import dev.pygrade.api.lti.LtiPages;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.lti.LtiSession;
import dev.pygrade.api.lti.launch.LaunchRecord;
import dev.pygrade.api.lti.registration.Registration;
import dev.pygrade.exercise.Exercise;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The exercise picker of a deep-linking launch and the auto-posted, signed answer to the platform. */
@Path("/lti/deep-link/{launchId}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DeepLinkResource {
    private static final Logger LOG = Logger.getLogger(DeepLinkResource.class);

    private final ExerciseCatalog catalog;
    private final LtiSession session;
    private final DeepLinkResponseToken token;

    public DeepLinkResource(ExerciseCatalog catalog, LtiSession session, DeepLinkResponseToken token) {
        this.catalog = catalog;
        this.session = session;
        this.token = token;
    }

    @GET
    @Transactional
    public String picker(@PathParam("launchId") String launchId, @CookieParam(LtiSession.COOKIE) String cookie) {
        LaunchRecord launch = launch(launchId, cookie);
        return DeepLinkPickerPage.render(launch, catalog.list(Optional.empty()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public String pick(
            @PathParam("launchId") String launchId,
            @CookieParam(LtiSession.COOKIE) String cookie,
            @FormParam("exerciseId") List<String> exerciseIds) {
        LaunchRecord launch = launch(launchId, cookie);
        if (exerciseIds == null || exerciseIds.isEmpty()) {
            throw new LtiRejection("no-exercise-picked", "pick at least one exercise");
        }
        if (exerciseIds.size() > 1 && !Boolean.TRUE.equals(launch.acceptMultiple)) {
            throw new LtiRejection("one-exercise-only", "this course takes one exercise per link; pick just one");
        }
        List<Exercise> picked = exerciseIds.stream()
                .map(id -> catalog.find(id)
                        .orElseThrow(() ->
                                new LtiRejection(404, "unknown-exercise", "exercise '" + id + "' does not exist")))
                .toList();
        launch.respondedAt = Instant.now();
        Registration registration = Registration.findById(launch.registrationId);
        String jwt = token.sign(launch, registration, picked);
        LOG.infof("LTI deep linking %s: returning %d exercise(s) to %s", launch.id, picked.size(), launch.returnUrl);
        return LtiPages.autoPost("Returning to your course", launch.returnUrl, List.of(new LtiPages.Field("JWT", jwt)))
                .render();
    }

    /** The deep-linking launch, for the session that made it, not yet answered. */
    private LaunchRecord launch(String launchId, String cookie) {
        Principal principal = session.principal(cookie)
                .orElseThrow(
                        () -> new LtiRejection(401, "no-session", "no Pygrade session; start again from the course"));
        LaunchRecord launch = parse(launchId) == null ? null : LaunchRecord.findById(parse(launchId));
        if (launch == null
                || !LtiClaims.DEEP_LINKING_REQUEST.equals(launch.messageType)
                || !principal.isSubjectIn(launch.subject, launch.courseId)) {
            throw new LtiRejection(
                    404, "unknown-deep-link", "no deep-linking request " + launchId + " for this session");
        }
        if (launch.respondedAt != null) {
            throw new LtiRejection(409, "deep-link-answered", "this deep-linking request was already answered");
        }
        return launch;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
