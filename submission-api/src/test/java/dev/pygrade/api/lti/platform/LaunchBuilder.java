package dev.pygrade.api.lti.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tsugi.jackson.JacksonUtil;
import org.tsugi.lti13.LTI13ConstantsUtil;
import org.tsugi.lti13.objects.Context;
import org.tsugi.lti13.objects.DeepLink;
import org.tsugi.lti13.objects.Endpoint;
import org.tsugi.lti13.objects.LaunchJWT;
import org.tsugi.lti13.objects.ResourceLink;
import org.tsugi.lti13.objects.ToolPlatform;

/**
 * Launch messages as a Tsugi/Sakai platform builds them: Tsugi's {@link LaunchJWT} object model, serialized by its
 * {@link JacksonUtil}. Tests change claims on the resulting map to make the known-bad launches of the certification.
 */
public final class LaunchBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LaunchBuilder() {}

    /** A resource-link launch of a learner with context, AGS endpoint and personal data. */
    public static LaunchJWT resourceLink(TestPlatform platform, String sub, String exerciseId, String lineitem) {
        LaunchJWT launch = new LaunchJWT(LaunchJWT.MESSAGE_TYPE_LAUNCH);
        common(launch, platform, sub);
        launch.target_link_uri = platform.toolBaseUrl() + "/learn/" + exerciseId;
        launch.roles.add(LaunchJWT.ROLE_LEARNER);
        launch.resource_link = new ResourceLink();
        launch.resource_link.id = "rl-" + exerciseId;
        launch.resource_link.title = exerciseId;
        launch.custom = new LinkedHashMap<>(Map.of("exercise_id", exerciseId));
        launch.endpoint = new Endpoint();
        launch.endpoint.scope = new ArrayList<>(List.of(
                LTI13ConstantsUtil.SCOPE_SCORE,
                LTI13ConstantsUtil.SCOPE_LINEITEM,
                LTI13ConstantsUtil.SCOPE_RESULT_READONLY));
        launch.endpoint.lineitem = lineitem;
        launch.endpoint.lineitems = platform.baseUrl() + "/lineitems";
        return launch;
    }

    /** A deep-linking request of an instructor, with opaque data the tool must echo. */
    public static LaunchJWT deepLinking(TestPlatform platform, String sub, String data) {
        LaunchJWT launch = new LaunchJWT(LaunchJWT.MESSAGE_TYPE_DEEP_LINK);
        common(launch, platform, sub);
        launch.target_link_uri = platform.toolBaseUrl() + "/lti/launch";
        launch.roles.add(LaunchJWT.ROLE_INSTRUCTOR);
        launch.deep_link = new DeepLink();
        launch.deep_link.deep_link_return_url = platform.baseUrl() + "/deep-link-return";
        launch.deep_link.accept_types.add(DeepLink.ACCEPT_TYPE_LTILINK);
        launch.deep_link.accept_presentation_document_targets.add(DeepLink.TARGET_IFRAME);
        launch.deep_link.accept_multiple = true;
        launch.deep_link.accept_lineitem = true;
        launch.deep_link.data = data;
        return launch;
    }

    private static void common(LaunchJWT launch, TestPlatform platform, String sub) {
        launch.issuer = platform.issuer();
        launch.audience = platform.clientId();
        launch.subject = sub;
        launch.deployment_id = platform.deploymentId();
        launch.name = "Ada Lovelace";
        launch.given_name = "Ada";
        launch.family_name = "Lovelace";
        launch.email = "ada@example.org";
        launch.context = new Context();
        launch.context.id = "course-101";
        launch.context.label = "PY101";
        launch.context.title = "Python bootcamp";
        launch.context.type.add(Context.COURSE_OFFERING);
        launch.tool_platform = new ToolPlatform();
        launch.tool_platform.name = "In-test Tsugi platform";
    }

    /** The launch's claims as a mutable map, fresh iat/exp, and the nonce the tool issued. */
    public static Map<String, Object> claims(LaunchJWT launch, String nonce) {
        Map<String, Object> claims;
        try {
            claims =
                    JSON.readValue(JacksonUtil.toString(launch), new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("nonce", nonce);
        return claims;
    }

    public static Map<String, Object> edit(Map<String, Object> claims, Consumer<Map<String, Object>> change) {
        change.accept(claims);
        return claims;
    }

    public static String json(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
