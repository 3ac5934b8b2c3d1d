package dev.pygrade.api.lti.launch;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetParseException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.outbound.OutboundHttp;
import dev.pygrade.api.outbound.OutboundResourceRetriever;
import dev.pygrade.api.outbound.OutboundResourceRetriever.UnexpectedStatusException;
import dev.pygrade.api.outbound.Reach;
import dev.pygrade.api.outbound.RefusedTargetException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Platforms' public keys, by JWKS URL, through a nimbus JWK set source per URL and reach ({@link JWKSourceBuilder}):
 * cached for {@code jwks-cache-ttl}; fetched again when a token names a {@code kid} the cached set does not know
 * (platforms rotate keys), but never more often than once per {@code jwks-min-refetch-interval} per URL, failed
 * fetches included ({@link OneFetchPerInterval}), so that tokens with made-up kids cannot make us hammer a platform;
 * while a platform's key set cannot be fetched, the set last fetched still serves for {@code jwks-outage-tolerance}
 * (nimbus's outage tolerance), and a kid it lacks is answered with the failure. Fetched through {@link
 * OutboundHttp} ({@link OutboundResourceRetriever}) as far as the registration reaches, without following redirects.
 *
 * <p>Time is the injected {@link Clock}'s: nimbus's caches take the current time as a parameter of {@link
 * JWKSetSource#getJWKSet}, which {@link #find} passes, rather than {@link JWKSetBasedJWKSource}'s system time.
 */
@ApplicationScoped
public class PlatformKeys {
    private static final Logger LOG = Logger.getLogger(PlatformKeys.class);

    /** A key set's nimbus source and the fetch limit at its bottom (which knows whether the latest fetch failed). */
    private record Source(JWKSetSource<SecurityContext> keys, OneFetchPerInterval fetches) {}

    private final Map<String, Source> sources = new ConcurrentHashMap<>();
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
        // One source per reach too: a key set one registration may fetch is not handed to one that may not.
        Source source = sources.computeIfAbsent(reach + " " + jwksUrl, k -> source(jwksUrl, reach));
        long now = clock.millis();
        JWK key;
        try {
            JWKSet keys = source.keys().getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, null);
            key = keys.getKeyByKeyId(kid);
            if (key == null) {
                // What JWKSetBasedJWKSource does: an unknown kid refreshes the set, unless another thread just did.
                keys = source.keys().getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(keys), now, null);
                key = keys.getKeyByKeyId(kid);
            }
        } catch (RateLimitReachedException e) {
            LOG.debugf("JWKS %s: kid %s unknown; not fetching again before the minimum interval", jwksUrl, kid);
            key = null;
        } catch (KeySourceException e) {
            throw unavailable(e);
        }
        // Not in the keys fetched last while the platform's key set is down: say so, not that the kid is unknown.
        KeySourceException failure = source.fetches().lastFailure();
        if (key == null && failure != null) {
            throw unavailable(failure);
        }
        return Optional.ofNullable(key);
    }

    private Source source(String jwksUrl, Reach reach) {
        URL url;
        try {
            url = URI.create(jwksUrl).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new LtiRejection(
                    502, "platform-keys-unavailable", "the platform's key set could not be read: " + e.getMessage());
        }
        var fetch = new URLBasedJWKSetSource<SecurityContext>(
                url, new OutboundResourceRetriever(http, reach, config.httpTimeout()));
        var fetches =
                new OneFetchPerInterval(fetch, config.jwksMinRefetchInterval().toMillis());
        var built = (JWKSetBasedJWKSource<SecurityContext>) JWKSourceBuilder.create(fetches)
                // A launch waits this long for a fetch another launch started: one fetch's worst case.
                .cache(
                        config.jwksCacheTtl().toMillis(),
                        2 * config.httpTimeout().toMillis())
                // No background refresh: it would fetch on nimbus's own threads, and only when asked.
                .refreshAheadCache(false)
                // nimbus's rate limit lets two fetches through per interval; OneFetchPerInterval lets one.
                .rateLimited(false)
                .retrying(false)
                .outageTolerant(config.jwksOutageTolerance().toMillis())
                .build();
        return new Source(built.getJWKSetSource(), fetches);
    }

    /** A 502 that says why, as precisely as the failure allows. */
    private static LtiRejection unavailable(KeySourceException e) {
        Throwable cause = e.getCause();
        String why;
        if (cause instanceof RefusedTargetException refused) {
            why = "is " + refused.getMessage()
                    + " (a platform on a private network needs allowPrivateNetwork on its registration)";
        } else if (cause instanceof UnexpectedStatusException status) {
            why = "answered " + status.status();
        } else if (e instanceof JWKSetParseException && cause != null) {
            why = "could not be read: " + cause.getMessage();
        } else if (cause instanceof IOException io) {
            why = "could not be read: " + io.getMessage();
        } else {
            why = "could not be read: " + e.getMessage();
        }
        return new LtiRejection(502, "platform-keys-unavailable", "the platform's key set " + why);
    }

    @PreDestroy
    void close() {
        sources.values().forEach(source -> {
            try {
                source.keys().close();
            } catch (IOException e) {
                LOG.debugf("closing a JWK set source: %s", e.getMessage());
            }
        });
    }
}
