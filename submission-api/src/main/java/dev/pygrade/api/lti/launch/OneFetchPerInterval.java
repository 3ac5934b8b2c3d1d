package dev.pygrade.api.lti.launch;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetSourceWrapper;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * At most one fetch of a key set per interval, failed fetches included, timed by the {@code currentTime} nimbus passes
 * down (the injected clock's). Within the interval a fetch is refused: with the latest fetch's failure again if it
 * failed (so launches keep saying why), else with {@link RateLimitReachedException}.
 *
 * <p>Not nimbus's {@link com.nimbusds.jose.jwk.source.RateLimitedJWKSetSource}: that one lets two fetches through
 * per interval (one to load, one more for a rotated key), so a new key set that does not know a made-up {@code kid}
 * would be fetched twice at once, and a platform that is down would be asked twice per interval.
 */
final class OneFetchPerInterval extends JWKSetSourceWrapper<SecurityContext> {
    private final long intervalMillis;
    private boolean fetched; // guarded by this
    private long lastFetch; // guarded by this
    private KeySourceException lastFailure; // guarded by this

    OneFetchPerInterval(JWKSetSource<SecurityContext> source, long intervalMillis) {
        super(source);
        this.intervalMillis = intervalMillis;
    }

    /** Why the latest fetch failed, if it did. */
    synchronized KeySourceException lastFailure() {
        return lastFailure;
    }

    @Override
    public synchronized JWKSet getJWKSet(
            JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        if (fetched && currentTime - lastFetch <= intervalMillis) {
            if (lastFailure != null) {
                throw lastFailure;
            }
            throw new RateLimitReachedException();
        }
        fetched = true;
        lastFetch = currentTime;
        try {
            JWKSet keys = getSource().getJWKSet(refreshEvaluator, currentTime, context);
            lastFailure = null;
            return keys;
        } catch (KeySourceException e) {
            lastFailure = e;
            throw e;
        }
    }
}
