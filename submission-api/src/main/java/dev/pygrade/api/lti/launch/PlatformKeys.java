package dev.pygrade.api.lti.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.outbound.OutboundHttp;
import dev.pygrade.api.outbound.Reach;
import dev.pygrade.api.outbound.RefusedTargetException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
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
 * hammer a platform. Fetched through {@link OutboundHttp} as far as the registration reaches, without following
 * redirects.
 */
@ApplicationScoped
public class PlatformKeys {
    private static final Logger LOG = Logger.getLogger(PlatformKeys.class);

    /** A key set as last fetched; {@code failure} is why the latest fetch failed, if it did (the keys are older). */
    private record Fetched(JWKSet keys, Instant at, LtiRejection failure) {}

    private final Map<String, Fetched> cache = new ConcurrentHashMap<>();
    private final LtiConfig config;
    private final OutboundHttp http;
    private final Clock clock;

    public PlatformKeys(LtiConfig config, OutboundHttp http, Clock clock) {
        this.config = config;
        this.http = http;
        this.clock = clock;
    }

    /** The key {@code kid} of the key set at {@code jwksUrl}, if the platform publishes it; fetched within reach. */
    public Optional<JWK> find(String jwksUrl, Reach reach, String kid) {
        // Cached per reach too: a key set one registration may fetch is not handed to one that may not.
        String cacheKey = reach + " " + jwksUrl;
        Fetched fetched = cache.get(cacheKey);
        Instant now = clock.instant();
        if (fetched != null && fetched.at().plus(config.jwksCacheTtl()).isAfter(now)) {
            JWK key = fetched.keys().getKeyByKeyId(kid);
            if (key != null) {
                return Optional.of(key);
            }
        }
        synchronized (this) {
            fetched = cache.get(cacheKey);
            boolean mayFetch = fetched == null
                    || fetched.at().plus(config.jwksMinRefetchInterval()).isBefore(now);
            if (mayFetch) {
                JWKSet previous = fetched == null ? new JWKSet() : fetched.keys();
                try {
                    fetched = new Fetched(fetch(jwksUrl, reach), now, null);
                } catch (LtiRejection failure) {
                    // A failed fetch counts too: a platform that is down is not asked again with every launch.
                    fetched = new Fetched(previous, now, failure);
                }
                cache.put(cacheKey, fetched);
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

    private JWKSet fetch(String jwksUrl, Reach reach) {
        try {
            OutboundHttp.Response response = http.send(
                    OutboundHttp.Request.get(URI.create(jwksUrl)).header("Accept", "application/json"),
                    reach,
                    config.httpTimeout());
            if (response.status() != 200) {
                throw new LtiRejection(
                        502, "platform-keys-unavailable", "the platform's key set answered " + response.status());
            }
            JWKSet keys = JWKSet.parse(response.body());
            LOG.debugf("JWKS %s: fetched %d keys", jwksUrl, keys.getKeys().size());
            return keys;
        } catch (RefusedTargetException e) {
            throw new LtiRejection(
                    502,
                    "platform-keys-unavailable",
                    "the platform's key set is " + e.getMessage()
                            + " (a platform on a private network needs allowPrivateNetwork on its registration)");
        } catch (IOException | IllegalArgumentException | ParseException e) {
            throw new LtiRejection(
                    502, "platform-keys-unavailable", "the platform's key set could not be read: " + e.getMessage());
        }
    }
}
