package dev.pygrade.api.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a callback URL must look like: absolute http(s), a host, no user info, at most 2000 characters. Where it may
 * lead is {@link dev.pygrade.api.outbound.OutboundPolicy}'s decision.
 */
public final class CallbackUrls {
    public static final int MAX_LENGTH = 2000;

    private CallbackUrls() {}

    /** Why {@code url} cannot be a callback ("must be ..."), or empty when it can. */
    public static Optional<String> problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("must be an absolute http or https URL, not '" + url + "'");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("must name a host: '" + url + "'");
            }
            if (uri.getUserInfo() != null) {
                return Optional.of("must not carry user info (credentials)");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL: " + e.getReason());
        }
    }
}
