package dev.pygrade.api.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.lti.LtiClaims;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.lti.ToolUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records a validated launch (once: a second use of the same id_token is refused) and says who it is for. */
@ApplicationScoped
public class Launches {
    private final ExerciseCatalog catalog;
    private final ToolUrls urls;

    public Launches(ExerciseCatalog catalog, ToolUrls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    @Transactional
    public LaunchRecord accept(ValidLaunch launch) {
        if (LaunchRecord.tokenSeen(launch.tokenHash())) {
            throw new LtiRejection(401, "replayed-id-token", "this id_token was already used for a launch");
        }
        JWTClaimsSet claims = launch.claims();
        LaunchRecord record = new LaunchRecord();
        record.id = UUID.randomUUID();
        record.tokenHash = launch.tokenHash();
        record.registrationId = launch.registration().id;
        record.deploymentId = launch.deploymentId();
        record.messageType = launch.messageType();
        record.sub = launch.sub();
        record.subject = "lti:" + record.registrationId + ":" + launch.sub();
        record.role = LaunchRoles.of(launch.roles()).name();
        record.contextId = field(claims.getClaim(LtiClaims.CONTEXT), "id");
        record.courseId = record.contextId == null ? null : "lti:" + record.registrationId + ":" + record.contextId;
        record.resourceLink = field(claims.getClaim(LtiClaims.RESOURCE_LINK), "id");
        record.launchedAt = Instant.now();
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(launch.messageType())) {
            record.exerciseId = exercise(claims);
            Object endpoint = claims.getClaim(LtiClaims.AGS_ENDPOINT);
            record.lineitemUrl = field(endpoint, "lineitem");
            record.lineitemsUrl = field(endpoint, "lineitems");
            if (endpoint instanceof Map<?, ?> map && map.get("scope") instanceof List<?> scopes) {
                record.agsScopes =
                        String.join(" ", scopes.stream().map(String::valueOf).toList());
            }
        } else {
            Object settings = claims.getClaim(LtiClaims.DL_SETTINGS);
            record.returnUrl = field(settings, "deep_link_return_url");
            record.deepLinkData = field(settings, "data");
            record.acceptMultiple = Boolean.TRUE.equals(flag(settings, "accept_multiple"));
            record.acceptLineitem = flag(settings, "accept_lineitem");
        }
        record.persist();
        return record;
    }

    public static Principal principal(LaunchRecord record) {
        return new Principal(record.subject, Role.valueOf(record.role), record.courseId);
    }

    /** The exercise a resource link opens: custom exercise_id (what our deep links set), else a /learn/{id} target. */
    private String exercise(JWTClaimsSet claims) {
        String id = field(claims.getClaim(LtiClaims.CUSTOM), LtiClaims.CUSTOM_EXERCISE_ID);
        if (id == null) {
            id = urls.exerciseOf(LaunchValidator.string(claims, LtiClaims.TARGET_LINK_URI))
                    .orElse(null);
        }
        if (id == null) {
            throw new LtiRejection(
                    "no-exercise",
                    "this link does not say which exercise to open (no custom exercise_id, and the target_link_uri is"
                            + " not a /learn/ URL); add it again through the Pygrade picker");
        }
        String exerciseId = id;
        return catalog.find(exerciseId)
                .map(e -> e.info().id())
                .orElseThrow(() ->
                        new LtiRejection(404, "unknown-exercise", "exercise '" + exerciseId + "' does not exist"));
    }

    private static String field(Object claim, String name) {
        if (claim instanceof Map<?, ?> map && map.get(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        return null;
    }

    private static Boolean flag(Object claim, String name) {
        return claim instanceof Map<?, ?> map && map.get(name) instanceof Boolean value ? value : null;
    }
}
