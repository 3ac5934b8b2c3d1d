package dev.pygrade.api.lti.deeplink;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pygrade.api.lti.LtiClaims;
import dev.pygrade.api.lti.ToolUrls;
import dev.pygrade.api.lti.keys.ToolKeys;
import dev.pygrade.api.lti.launch.LaunchRecord;
import dev.pygrade.api.lti.registration.Registration;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The signed Deep Linking 2.0 response: one {@code ltiResourceLink} per picked exercise, its id in {@code custom}
 * (so the launch finds it whatever URL the platform keeps) and a line item so the platform makes a gradebook column.
 */
@ApplicationScoped
public class DeepLinkResponseToken {
    /** Scores go back as given/maximum; platforms scale them to the column, so the column's maximum is a percentage. */
    static final double SCORE_MAXIMUM = 100.0;

    private final ToolKeys keys;
    private final ToolUrls urls;

    public DeepLinkResponseToken(ToolKeys keys, ToolUrls urls) {
        this.keys = keys;
        this.urls = urls;
    }

    public String sign(LaunchRecord launch, Registration registration, List<Exercise> exercises) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId)
                .audience(registration.issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.DEPLOYMENT_ID, launch.deploymentId)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(
                        LtiClaims.DL_CONTENT_ITEMS,
                        exercises.stream()
                                .map(exercise -> item(exercise, !Boolean.FALSE.equals(launch.acceptLineitem)))
                                .toList());
        if (launch.deepLinkData != null) {
            claims.claim(LtiClaims.DL_DATA, launch.deepLinkData); // opaque to us; the platform needs it back
        }
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the deep-linking response", e);
        }
        return jwt.serialize();
    }

    /** {@code withLineItem} is false only where the platform said it ignores line items (accept_lineitem false). */
    private Map<String, Object> item(Exercise exercise, boolean withLineItem) {
        ExerciseInfo info = exercise.info();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", LtiClaims.RESOURCE_LINK_ITEM);
        item.put("title", info.title());
        item.put(
                "text",
                "Pygrade exercise (day " + info.day() + ", " + info.kind().wire() + ")");
        item.put("url", urls.learn(info.id()));
        item.put("custom", Map.of(LtiClaims.CUSTOM_EXERCISE_ID, info.id()));
        if (withLineItem) {
            item.put("lineItem", Map.of("scoreMaximum", SCORE_MAXIMUM, "label", info.title(), "resourceId", info.id()));
        }
        return item;
    }
}
