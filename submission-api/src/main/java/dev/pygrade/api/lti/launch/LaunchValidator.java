package dev.pygrade.api.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.lti.login.LoginState;
import dev.pygrade.api.lti.login.LoginStates;
import dev.pygrade.api.lti.registration.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * Validates a launch in the order LTI 1.3 and the IMS certification expect: state, JWT form, nonce, registration
 * (iss + aud/azp), signature (kid against the platform's JWKS), then the claims ({@link LaunchClaimChecks}). The
 * first failure decides the answer, so a forged token never gets as far as its claims being trusted.
 */
@ApplicationScoped
public class LaunchValidator {
    private final LoginStates states;
    private final PlatformKeys keys;
    private final LaunchClaimChecks claimChecks;

    public LaunchValidator(LoginStates states, PlatformKeys keys, LaunchClaimChecks claimChecks) {
        this.states = states;
        this.keys = keys;
        this.claimChecks = claimChecks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValidLaunch validate(String idToken, String state) {
        LoginState login = states.consume(state);
        SignedJWT jwt = parse(idToken);
        JWTClaimsSet claims = claims(jwt);
        String nonce = string(claims, "nonce");
        if (nonce == null || !nonce.equals(login.nonce)) {
            throw new LtiRejection(401, "nonce-mismatch", "the id_token's nonce is not the one this login issued");
        }
        Registration registration = registration(claims, login);
        verifySignature(jwt, registration);
        return claimChecks.check(claims, registration, sha256(idToken));
    }

    private static SignedJWT parse(String idToken) {
        if (idToken == null || idToken.isBlank()) {
            throw new LtiRejection("missing-id-token", "the launch carries no id_token");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(idToken.trim());
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new LtiRejection(
                        "unsupported-algorithm",
                        "the id_token is signed with " + jwt.getHeader().getAlgorithm() + "; LTI 1.3 uses RS256");
            }
            return jwt;
        } catch (ParseException e) {
            throw new LtiRejection("not-a-jwt", "the id_token is not a signed JWT: " + e.getMessage());
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LtiRejection("not-a-jwt", "the id_token's payload is not a JSON claims set: " + e.getMessage());
        }
    }

    /** The registration the login was for; the token must come from its issuer and be meant for its client id. */
    private static Registration registration(JWTClaimsSet claims, LoginState login) {
        Registration registration = Registration.findById(login.registrationId);
        if (registration == null || claims.getIssuer() == null || !registration.issuer.equals(claims.getIssuer())) {
            throw new LtiRejection(
                    403, "unknown-platform", "the id_token's issuer '" + claims.getIssuer() + "' is not registered");
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(registration.clientId)) {
            throw new LtiRejection(
                    403,
                    "wrong-audience",
                    "the id_token is meant for " + audience + ", not for " + registration.clientId);
        }
        String azp = string(claims, "azp");
        if ((audience.size() > 1 || azp != null) && !registration.clientId.equals(azp)) {
            throw new LtiRejection(
                    403, "wrong-audience", "the id_token's azp '" + azp + "' is not " + registration.clientId);
        }
        return registration;
    }

    private void verifySignature(SignedJWT jwt, Registration registration) {
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LtiRejection(401, "missing-kid", "the id_token's header names no kid (key id)");
        }
        JWK key = keys.find(registration.jwksUrl, registration.reach(), kid)
                .orElseThrow(() -> new LtiRejection(
                        401, "unknown-kid", "the platform's key set has no key with kid '" + kid + "'"));
        try {
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                throw new LtiRejection(401, "bad-signature", "the id_token's signature does not verify");
            }
        } catch (JOSEException e) {
            throw new LtiRejection(
                    401, "bad-signature", "the id_token's signature cannot be checked: " + e.getMessage());
        }
    }

    static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }

    private static String sha256(String token) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(token.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
