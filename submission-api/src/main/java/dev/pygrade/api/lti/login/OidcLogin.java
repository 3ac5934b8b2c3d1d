package dev.pygrade.api.lti.login;

import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.lti.ToolUrls;
import dev.pygrade.api.lti.registration.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks a login initiation and answers with the platform's authorization request (OIDC implicit flow). */
@ApplicationScoped
public class OidcLogin {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ToolUrls urls;
    private final LtiConfig config;

    public OidcLogin(ToolUrls urls, LtiConfig config) {
        this.urls = urls;
        this.config = config;
    }

    /** Stores a fresh single-use state and nonce and returns where to send the browser. */
    @Transactional
    public URI start(LoginRequest request) {
        require(request.issuer(), "iss");
        require(request.loginHint(), "login_hint");
        require(request.targetLinkUri(), "target_link_uri");
        if (!urls.isOurs(request.targetLinkUri())) {
            throw new LtiRejection(
                    "foreign-target-link-uri",
                    "target_link_uri '" + request.targetLinkUri() + "' is not a Pygrade URL (" + urls.base() + ")");
        }
        Registration registration = registration(request);
        if (request.deploymentId() != null
                && !request.deploymentId().isBlank()
                && !registration.deploymentIds.contains(request.deploymentId())) {
            throw new LtiRejection(
                    "unknown-deployment", "deployment '" + request.deploymentId() + "' is not registered");
        }
        LoginState state = new LoginState();
        state.state = random();
        state.nonce = random();
        state.registrationId = registration.id;
        state.targetLinkUri = request.targetLinkUri();
        state.createdAt = Instant.now();
        state.expiresAt = state.createdAt.plus(config.stateTtl());
        state.persist();
        LoginState.purge(state.createdAt);
        return authRequest(registration, request, state);
    }

    private Registration registration(LoginRequest request) {
        if (request.clientId() != null && !request.clientId().isBlank()) {
            return Registration.find(request.issuer(), request.clientId())
                    .orElseThrow(() -> new LtiRejection(
                            "unknown-platform",
                            "no platform is registered with issuer '" + request.issuer() + "' and client id '"
                                    + request.clientId() + "'"));
        }
        List<Registration> candidates = Registration.byIssuer(request.issuer());
        if (candidates.isEmpty()) {
            throw new LtiRejection(
                    "unknown-platform", "no platform is registered with issuer '" + request.issuer() + "'");
        }
        if (candidates.size() > 1) {
            throw new LtiRejection(
                    "client-id-required",
                    "issuer '" + request.issuer() + "' is registered with several client ids; the login must name"
                            + " its client_id");
        }
        return candidates.get(0);
    }

    private URI authRequest(Registration registration, LoginRequest request, LoginState state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", registration.clientId);
        query.put("redirect_uri", urls.launch());
        query.put("login_hint", request.loginHint());
        query.put("state", state.state);
        query.put("nonce", state.nonce);
        if (request.messageHint() != null) {
            query.put("lti_message_hint", request.messageHint());
        }
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String separator = registration.authUrl.contains("?") ? "&" : "?";
        return URI.create(registration.authUrl + separator + encoded);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new LtiRejection("missing-login-parameter", "the login request has no '" + name + "'");
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
