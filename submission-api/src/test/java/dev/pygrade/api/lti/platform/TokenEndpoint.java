package dev.pygrade.api.lti.platform;

import com.sun.net.httpserver.HttpExchange;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.security.Key;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.tsugi.jackson.JacksonUtil;
import org.tsugi.lti13.LTI13JwtUtil;
import org.tsugi.lti13.LTI13KeySetUtil;
import org.tsugi.oauth2.objects.AccessToken;

/**
 * The platform's OAuth 2 token endpoint: a client-credentials grant whose JWT client assertion is verified against
 * the tool's published JWKS (fetched by Tsugi's LTI13KeySetUtil), answered with Tsugi's AccessToken.
 */
final class TokenEndpoint {
    private final TestPlatform platform;
    private final List<TokenGrant> grants = new CopyOnWriteArrayList<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    TokenEndpoint(TestPlatform platform) {
        this.platform = platform;
    }

    List<TokenGrant> grants() {
        return List.copyOf(grants);
    }

    /** Every token granted so far stops working (the platform rotated its secrets or restarted). */
    void revokeAll() {
        grants.forEach(g -> revoked.add(g.accessToken()));
    }

    /** The next {@code times} token requests are answered 503. */
    void fail(int times) {
        failuresLeft.set(times);
    }

    boolean grantedScore(String token) {
        return !revoked.contains(token)
                && grants.stream()
                        .anyMatch(g -> g.accessToken().equals(token)
                                && g.scope().contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
    }

    void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = Exchanges.form(exchange);
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            Exchanges.respond(exchange, 503, "application/json", "{\"error\":\"temporarily_unavailable\"}");
            return;
        }
        try {
            String assertion = form.get("client_assertion");
            String kid = (String) LTI13JwtUtil.jsonJwtHeader(assertion).get("kid");
            Key toolKey = LTI13KeySetUtil.getKeyFromKeySet(kid, platform.toolBaseUrl() + "/.well-known/jwks.json");
            Claims claims = Jwts.parserBuilder()
                    .setSigningKey(toolKey)
                    .build()
                    .parseClaimsJws(assertion)
                    .getBody();
            boolean valid = "client_credentials".equals(form.get("grant_type"))
                    && "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
                            .equals(form.get("client_assertion_type"))
                    && platform.clientId().equals(claims.getIssuer())
                    && platform.clientId().equals(claims.getSubject())
                    && claims.getAudience() != null
                    && claims.getAudience().contains(platform.baseUrl() + "/token");
            if (!valid) {
                Exchanges.respond(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
                return;
            }
            AccessToken token = new AccessToken();
            token.access_token = UUID.randomUUID().toString();
            token.addScope(form.get("scope"));
            grants.add(new TokenGrant(token.access_token, form.get("scope"), claims));
            Exchanges.respond(exchange, 200, "application/json", JacksonUtil.toString(token));
        } catch (Exception e) {
            Exchanges.respond(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
        }
    }
}
