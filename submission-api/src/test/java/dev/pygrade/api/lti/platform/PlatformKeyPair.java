package dev.pygrade.api.lti.platform;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import org.tsugi.lti13.LTI13KeySetUtil;
import org.tsugi.lti13.LTI13Util;

/**
 * A platform signing key made, named and published by Tsugi's basiclti-util, and JWTs signed the way Sakai signs
 * its launches (jjwt, RS256, the kid in the header).
 */
public final class PlatformKeyPair {
    private final KeyPair pair = LTI13Util.generateKeyPair();
    private final String kid = LTI13KeySetUtil.getPublicKID(pair.getPublic());

    public String kid() {
        return kid;
    }

    public String jwksJson() {
        try {
            return LTI13KeySetUtil.getKeySetJSON(kid, (RSAPublicKey) pair.getPublic());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload signed with this key, with {@code kid} in the header (null: no kid header at all). */
    public String sign(String payloadJson, String kidHeader) {
        var builder = Jwts.builder().setHeaderParam("typ", "JWT");
        if (kidHeader != null) {
            builder.setHeaderParam("kid", kidHeader);
        }
        return builder.setPayload(payloadJson)
                .signWith(pair.getPrivate(), SignatureAlgorithm.RS256)
                .compact();
    }

    public String sign(String payloadJson) {
        return sign(payloadJson, kid);
    }
}
