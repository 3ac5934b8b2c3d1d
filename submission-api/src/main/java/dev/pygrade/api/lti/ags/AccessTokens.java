package dev.pygrade.api.lti.ags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pygrade.api.lti.keys.ToolKeys;
import dev.pygrade.api.lti.registration.Registration;
import dev.pygrade.api.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * OAuth 2 client-credentials tokens from platforms (IMS Security Framework 4.1): a JWT client assertion signed with
 * our active key is traded for a bearer token, which is cached per registration and scope set until shortly before
 * it expires.
 */
@ApplicationScoped
public class AccessTokens {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Cached(String token, Instant expiresAt) {}

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ToolKeys keys;
    private final PlatformHttp http;

    public AccessTokens(ToolKeys keys, PlatformHttp http) {
        this.keys = keys;
        this.http = http;
    }

    public String token(Registration registration, SortedSet<String> scopes) throws PassbackFailure {
        String key = registration.id + " " + String.join(" ", scopes);
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAt().isAfter(Instant.now())) {
            return cached.token();
        }
        Cached fresh = fetch(registration, scopes);
        cache.put(key, fresh);
        return fresh.token();
    }

    /** Forget a token the platform refused (revoked, or it restarted): the next call gets a new one. */
    public void invalidate(Registration registration, SortedSet<String> scopes) {
        cache.remove(registration.id + " " + String.join(" ", scopes));
    }

    private Cached fetch(Registration registration, SortedSet<String> scopes) throws PassbackFailure {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion(registration));
        form.put("scope", String.join(" ", scopes));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        OutboundHttp.Response response = http.send(
                OutboundHttp.Request.post(
                                URI.create(registration.tokenUrl),
                                "application/x-www-form-urlencoded",
                                body.getBytes(StandardCharsets.UTF_8))
                        .header("Accept", "application/json"),
                registration,
                "token endpoint " + registration.tokenUrl);
        if (response.status() != 200) {
            throw new PassbackFailure(
                    "token endpoint answered " + response.status() + ": " + abbreviate(response.body()));
        }
        try {
            JsonNode json = JSON.readTree(response.body());
            String token = json.path("access_token").asText(null);
            if (token == null || token.isBlank()) {
                throw new PassbackFailure(
                        "token endpoint answered without access_token: " + abbreviate(response.body()));
            }
            long expiresIn = json.path("expires_in").asLong(3600);
            // Renew a little early: a token that expires on its way to the platform is refused.
            return new Cached(token, Instant.now().plusSeconds(Math.max(0, expiresIn - 30)));
        } catch (IOException e) {
            throw new PassbackFailure("token endpoint answered no JSON: " + abbreviate(response.body()), e);
        }
    }

    private String assertion(Registration registration) throws PassbackFailure {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId)
                .subject(registration.clientId)
                .audience(registration.assertionAudience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new PassbackFailure("cannot sign the client assertion: " + e.getMessage(), e);
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
