package dev.pygrade.api.lti;

import dev.pygrade.api.auth.Authenticator;
import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.SessionTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;

/**
 * The browser session a launch starts: the auth package's session token in the {@code pygrade_session} cookie.
 * Behind HTTPS the cookie is {@code SameSite=None; Secure}, because LMSs show tools in iframes of another site;
 * on plain HTTP (local runs, tests) browsers refuse such a cookie, so it is {@code Lax} there.
 */
@ApplicationScoped
public class LtiSession {
    public static final String COOKIE = Authenticator.SESSION_COOKIE;

    private final SessionTokens tokens;
    private final LtiConfig config;

    public LtiSession(SessionTokens tokens, LtiConfig config) {
        this.tokens = tokens;
        this.config = config;
    }

    public NewCookie start(Principal principal) {
        boolean https = config.baseUrl().startsWith("https:");
        return new NewCookie.Builder(COOKIE)
                .value(tokens.issue(principal, config.sessionTtl()))
                .path("/")
                .httpOnly(true)
                .secure(https)
                .sameSite(https ? NewCookie.SameSite.NONE : NewCookie.SameSite.LAX)
                .maxAge((int) config.sessionTtl().toSeconds())
                .build();
    }

    /** The principal of a session cookie's value, if it is a valid session. */
    public Optional<Principal> principal(String cookie) {
        return cookie == null || cookie.isBlank() ? Optional.empty() : tokens.verify(cookie);
    }
}
