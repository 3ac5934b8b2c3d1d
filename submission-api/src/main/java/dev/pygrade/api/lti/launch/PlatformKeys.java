package dev.pygrade.api.lti.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.LtiRejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Platforms' public keys, by JWKS URL: cached for {@code jwks-cache-ttl}, fetched again when a token names a
 * {@code kid} the cache does not know (platforms rotate keys), but never more often than once per {@code
 * jwks-min-refetch-interval} per URL (failed fetches included), so that tokens with made-up kids cannot make us
 * hammer a platform.
 */
@ApplicationScoped
public class PlatformKeys {
    private static final Logger LOG = Logger.getLogger(PlatformKeys.class);

    /** A key set as last fetched; {@code failure} is why the latest fetch failed, if it did (the keys are older). */
    private record Fetched(JWKSet keys, Instant at, LtiRejection failure) {}

    private final Map<String, Fetched> cache = new ConcurrentHashMap<>();
    private final LtiConfig config;
    private final HttpClient http;
    private final Clock clock;

    public PlatformKeys(LtiConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.httpTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The key {@code kid} of the key set at {@code jwksUrl}, if the platform publishes it. */
    public Optional<JWK> find(String jwksUrl, String kid) {
        Fetched fetched = cache.get(jwksUrl);
        Instant now = clock.instant();
        if (fetched != null && fetched.at().plus(config.jwksCacheTtl()).isAfter(now)) {
            JWK key = fetched.keys().getKeyByKeyId(kid);
            if (key != null) {
                return Optional.of(key);
            }
        }
        synchronized (this) {
            fetched = cache.get(jwksUrl);
            boolean mayFetch = fetched == null
                    || fetched.at().plus(config.jwksMinRefetchInterval()).isBefore(now);
            if (mayFetch) {
                JWKSet previous = fetched == null ? new JWKSet() : fetched.keys();
                try {
                    fetched = new Fetched(fetch(jwksUrl), now, null);
                } catch (LtiRejection failure) {
                    // A failed fetch counts too: a platform that is down is not asked again with every launch.
                    fetched = new Fetched(previous, now, failure);
                }
                cache.put(jwksUrl, fetched);
            } else {
                LOG.debugf("JWKS %s: kid %s unknown; not fetching again before the minimum interval", jwksUrl, kid);
            }
        }
        JWK key = fetched.keys().getKeyByKeyId(kid);
        if (key == null && fetched.failure() != null) {
            throw fetched.failure();
        }
        return Optional.ofNullable(key);
    }

    private JWKSet fetch(String jwksUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(jwksUrl))
                    .timeout(config.httpTimeout())
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LtiRejection(
                        502, "platform-keys-unavailable", "the platform's key set answered " + response.statusCode());
            }
            JWKSet keys = JWKSet.parse(response.body());
            LOG.debugf("JWKS %s: fetched %d keys", jwksUrl, keys.getKeys().size());
            return keys;
        } catch (IOException | IllegalArgumentException | ParseException e) {
            throw new LtiRejection(
                    502, "platform-keys-unavailable", "the platform's key set could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LtiRejection(503, "platform-keys-unavailable", "interrupted while reading the key set");
        }
    }
}
