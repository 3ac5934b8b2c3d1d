package dev.pygrade.api.lti.page;

import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.lti.LtiSession;
import dev.pygrade.exercise.Exercise;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /learn/{exerciseId}}: the exercise page a launch opens, for the session the launch started. */
@Path("/learn/{exerciseId}")
public class LearnResource {
    private final ExerciseCatalog catalog;
    private final LtiSession session;

    public LearnResource(ExerciseCatalog catalog, LtiSession session) {
        this.catalog = catalog;
        this.session = session;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String page(@PathParam("exerciseId") String exerciseId, @CookieParam(LtiSession.COOKIE) String cookie) {
        Principal principal = session.principal(cookie)
                .orElseThrow(() ->
                        new LtiRejection(401, "no-session", "no Pygrade session; open this exercise from your course"));
        Exercise exercise = catalog.find(exerciseId)
                .orElseThrow(() ->
                        new LtiRejection(404, "unknown-exercise", "exercise '" + exerciseId + "' does not exist"));
        return LearnPage.render(exercise, principal);
    }
}
