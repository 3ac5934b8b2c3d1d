package dev.pygrade.api.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a request's credentials into a {@link Credential}: {@code Authorization: Bearer pgk_...} (an API key),
 * {@code Authorization: Bearer <session token>}, or the {@code pygrade_session} cookie that LTI launches set. The
 * header wins over the cookie. Credentials are never logged, not even when they are wrong.
 */
@ApplicationScoped
public class Authenticator {
    public static final String SESSION_COOKIE = "pygrade_session";
    private static final String BEARER = "bearer ";

    private final ApiKeys apiKeys;
    private final SessionTokens sessions;

    public Authenticator(ApiKeys apiKeys, SessionTokens sessions) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
    }

    /** What the request presented: nothing, valid credentials, or credentials that are not valid. */
    public Outcome authenticate(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return Outcome.invalid("the Authorization header must use the Bearer scheme");
            }
            return bearer(authorization.substring(BEARER.length()).trim());
        }
        Map<String, Cookie> cookies = headers.getCookies();
        Cookie session = cookies == null ? null : cookies.get(SESSION_COOKIE);
        if (session != null && session.getValue() != null && !session.getValue().isBlank()) {
            return sessions.verify(session.getValue())
                    .map(p -> Outcome.valid(Credential.ofSession(p)))
                    .orElse(Outcome.invalid("the pygrade_session cookie is not valid or has expired"));
        }
        return Outcome.NONE;
    }

    private Outcome bearer(String token) {
        if (KeyMaterial.looksLikeApiKey(token)) {
            return apiKeys.authenticate(token)
                    .map(key -> Outcome.valid(Credential.ofApiKey(key.principal(), key.id)))
                    .orElse(Outcome.invalid("the API key is not valid or has been revoked"));
        }
        return sessions.verify(token)
                .map(p -> Outcome.valid(Credential.ofSession(p)))
                .orElse(Outcome.invalid("the bearer token is neither an API key nor a valid session token"));
    }

    /** The result: a credential, or why the presented credentials were refused, or nothing presented. */
    public record Outcome(Optional<Credential> credential, Optional<String> refusal) {
        static final Outcome NONE = new Outcome(Optional.empty(), Optional.empty());

        static Outcome valid(Credential credential) {
            return new Outcome(Optional.of(credential), Optional.empty());
        }

        static Outcome invalid(String why) {
            return new Outcome(Optional.empty(), Optional.of(why));
        }
    }
}
