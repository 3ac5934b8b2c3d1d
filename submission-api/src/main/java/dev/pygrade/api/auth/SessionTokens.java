package dev.pygrade.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Session tokens: HS256 JWTs carrying a {@link Principal} (sub, role, course) and an expiry. Learners get them from
 * an LTI launch (as the {@code pygrade_session} cookie) or from {@code POST /api/v1/sessions}.
 */
@ApplicationScoped
public class SessionTokens {
    static final String ISSUER = "pygrade";
    private static final String ROLE = "pygrade_role";
    private static final String COURSE = "pygrade_course";

    private final MACSigner signer;
    private final MACVerifier verifier;

    public SessionTokens(AuthConfig config) {
        byte[] secret = SessionSecret.resolve(config);
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("the session secret cannot sign HS256 tokens", e);
        }
    }

    public String issue(Principal principal, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(principal.subject())
                .claim(ROLE, principal.role().name())
                .claim(COURSE, principal.courseId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a session token", e);
        }
        return jwt.serialize();
    }

    /** The principal of a valid, unexpired token of ours; empty for anything else. */
    public Optional<Principal> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            Role role = Role.parse(claims.getStringClaim(ROLE));
            if (!ISSUER.equals(claims.getIssuer())
                    || expires == null
                    || !expires.toInstant().isAfter(Instant.now())
                    || role == null
                    || claims.getSubject() == null
                    || claims.getSubject().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Principal(claims.getSubject(), role, claims.getStringClaim(COURSE)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty(); // never echo why: the token itself must not reach a log line
        }
    }
}
