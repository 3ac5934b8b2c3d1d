package dev.pygrade.api.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.pygrade.api.lti.LtiClaims;
import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.lti.ToolUrls;
import dev.pygrade.api.lti.registration.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The claim checks of a launch whose signature verified, in order: exp/iat, deployment, version, message type,
 * then what the message type requires (sub, roles, resource_link.id or the deep-linking settings).
 */
@ApplicationScoped
public class LaunchClaimChecks {
    private final LtiConfig config;
    private final ToolUrls urls;

    public LaunchClaimChecks(LtiConfig config, ToolUrls urls) {
        this.config = config;
        this.urls = urls;
    }

    public ValidLaunch check(JWTClaimsSet claims, Registration registration, String tokenHash) {
        checkTimes(claims);
        String deployment = LaunchValidator.string(claims, LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || deployment.isBlank()) {
            throw new LtiRejection("missing-deployment-id", "the id_token has no deployment_id claim");
        }
        if (!registration.deploymentIds.contains(deployment)) {
            throw new LtiRejection(
                    403, "unknown-deployment", "deployment '" + deployment + "' is not registered for this platform");
        }
        String version = LaunchValidator.string(claims, LtiClaims.VERSION);
        if (version == null) {
            throw new LtiRejection("missing-version", "the id_token has no LTI version claim");
        }
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw new LtiRejection(
                    "wrong-version", "LTI version '" + version + "' is not supported; Pygrade speaks 1.3.0");
        }
        String type = LaunchValidator.string(claims, LtiClaims.MESSAGE_TYPE);
        if (type == null || type.isBlank()) {
            throw new LtiRejection("missing-message-type", "the id_token has no message_type claim");
        }
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(type) && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            throw new LtiRejection("unsupported-message-type", "message type '" + type + "' is not supported");
        }
        String target = LaunchValidator.string(claims, LtiClaims.TARGET_LINK_URI);
        if (target != null && !urls.isOurs(target)) {
            throw new LtiRejection(
                    "foreign-target-link-uri",
                    "the id_token's target_link_uri '" + target + "' is not a Pygrade URL (" + urls.base() + ")");
        }
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank()) {
            throw new LtiRejection("missing-sub", "the id_token has no sub (user id)");
        }
        List<String> roles = roles(claims);
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(type)) {
            Object link = claims.getClaim(LtiClaims.RESOURCE_LINK);
            Object id = link instanceof Map<?, ?> map ? map.get("id") : null;
            if (!(id instanceof String text) || text.isBlank()) {
                throw new LtiRejection("missing-resource-link-id", "the id_token has no resource_link id");
            }
        } else {
            Object settings = claims.getClaim(LtiClaims.DL_SETTINGS);
            Object url = settings instanceof Map<?, ?> map ? map.get("deep_link_return_url") : null;
            if (!(url instanceof String text) || text.isBlank()) {
                throw new LtiRejection(
                        "missing-deep-linking-settings", "the deep-linking request has no deep_link_return_url");
            }
            Object types = ((Map<?, ?>) settings).get("accept_types");
            if (types instanceof List<?> accepted && !accepted.contains(LtiClaims.RESOURCE_LINK_ITEM)) {
                throw new LtiRejection(
                        "deep-linking-type-unsupported",
                        "this deep-linking request accepts " + accepted + "; Pygrade returns only "
                                + LtiClaims.RESOURCE_LINK_ITEM + " items");
            }
        }
        return new ValidLaunch(registration, claims, type, deployment, sub, roles, tokenHash);
    }

    private void checkTimes(JWTClaimsSet claims) {
        Instant now = Instant.now();
        Duration skew = config.clockSkew();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) {
            throw new LtiRejection("missing-timestamps", "the id_token must carry exp and iat");
        }
        if (exp.toInstant().plus(skew).isBefore(now)) {
            throw new LtiRejection(401, "expired", "the id_token expired at " + exp.toInstant());
        }
        if (iat.toInstant().minus(skew).isAfter(now)) {
            throw new LtiRejection(401, "issued-in-future", "the id_token claims to be issued at " + iat.toInstant());
        }
        if (iat.toInstant().plus(config.maxTokenAge()).isBefore(now)) {
            throw new LtiRejection(
                    401, "stale-token", "the id_token was issued at " + iat.toInstant() + ", too long ago");
        }
    }

    /** The roles claim must be present; it may be empty (a user without a role in the context). */
    private static List<String> roles(JWTClaimsSet claims) {
        Object value = claims.getClaim(LtiClaims.ROLES);
        if (!(value instanceof List<?> list)) {
            throw new LtiRejection("missing-roles", "the id_token has no roles claim (an empty list is fine)");
        }
        List<String> roles = new ArrayList<>();
        for (Object role : list) {
            if (role instanceof String text) {
                roles.add(text);
            }
        }
        return roles;
    }
}
