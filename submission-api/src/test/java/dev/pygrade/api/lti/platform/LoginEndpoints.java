package dev.pygrade.api.lti.platform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tsugi.lti13.objects.LaunchJWT;

/**
 * The platform's side of the OIDC launch: a page that starts the third-party initiated login at the tool, and the
 * authorization endpoint that checks the tool's request and auto-posts the signed launch to its redirect URI.
 */
final class LoginEndpoints {
    private final TestPlatform platform;
    private final Map<String, LaunchJWT> pending = new ConcurrentHashMap<>();
    private final List<Map<String, String>> authRequests = new CopyOnWriteArrayList<>();

    LoginEndpoints(TestPlatform platform) {
        this.platform = platform;
    }

    void expect(String loginHint, LaunchJWT launch) {
        pending.put(loginHint, launch);
    }

    List<Map<String, String>> authRequests() {
        return List.copyOf(authRequests);
    }

    void start(HttpExchange exchange) throws IOException {
        Map<String, String> query = Exchanges.query(exchange);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", platform.issuer());
        fields.put("login_hint", query.get("hint"));
        fields.put("target_link_uri", query.get("target"));
        fields.put("lti_message_hint", "msg-" + query.get("hint"));
        fields.put("client_id", platform.clientId());
        fields.put("lti_deployment_id", platform.deploymentId());
        Exchanges.respond(
                exchange, 200, "text/html", Exchanges.autoPost(platform.toolBaseUrl() + "/lti/login", fields));
    }

    void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = Exchanges.query(exchange);
        authRequests.add(query);
        String hint = query.get("login_hint");
        boolean valid = "id_token".equals(query.get("response_type"))
                && "openid".equals(query.get("scope"))
                && "form_post".equals(query.get("response_mode"))
                && "none".equals(query.get("prompt"))
                && platform.clientId().equals(query.get("client_id"))
                && (platform.toolBaseUrl() + "/lti/launch").equals(query.get("redirect_uri"))
                && ("msg-" + hint).equals(query.get("lti_message_hint"))
                && query.get("state") != null
                && query.get("nonce") != null;
        LaunchJWT launch = hint == null ? null : pending.remove(hint);
        if (!valid || launch == null) {
            Exchanges.respond(exchange, 400, "text/plain", "invalid authorization request " + query);
            return;
        }
        String idToken = platform.key().sign(LaunchBuilder.json(LaunchBuilder.claims(launch, query.get("nonce"))));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", query.get("state"));
        Exchanges.respond(exchange, 200, "text/html", Exchanges.autoPost(query.get("redirect_uri"), fields));
    }
}
