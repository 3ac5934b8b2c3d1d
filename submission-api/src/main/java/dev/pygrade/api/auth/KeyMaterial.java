package dev.pygrade.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Making and hashing secrets: API keys ({@code pgk_} + 256 random bits) and webhook secrets. */
public final class KeyMaterial {
    public static final String KEY_PREFIX = "pgk_";
    /** What an API key looks like; anything else after "Bearer " is taken for a session token. */
    static final Pattern KEY_SHAPE = Pattern.compile("pgk_[A-Za-z0-9_-]{20,100}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {}

    public static String newApiKey() {
        return KEY_PREFIX + randomToken();
    }

    public static String newWebhookSecret() {
        return "whsec_" + randomToken();
    }

    public static boolean looksLikeApiKey(String value) {
        return value != null && KEY_SHAPE.matcher(value).matches();
    }

    /** Hex SHA-256: what is stored and looked up. A key has 256 random bits, so no salt or slow hash is needed. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Enough of a key to recognise it in a list, far too little to guess it. */
    static String displayPrefix(String key) {
        return key.substring(0, Math.min(key.length(), KEY_PREFIX.length() + 4));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
