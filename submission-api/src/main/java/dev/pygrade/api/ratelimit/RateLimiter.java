package dev.pygrade.api.ratelimit;

import dev.pygrade.api.auth.ApiKey;
import dev.pygrade.api.auth.Credential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Admits a submission only if both the learner's and the API key's buckets (when it came with a key) have a token;
 * otherwise 429 with the wait until the emptier one refills. Buckets are in memory, per instance.
 */
@ApplicationScoped
public class RateLimiter {
    private static final int MAX_BUCKETS = 100_000;

    private final RateLimitConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Takes a token from the key's bucket and from the learner's: a subject within a course, as access control. */
    @Transactional
    public void admit(Credential caller, String learner, String courseId) {
        long now = nanos();
        TokenBucket keyBucket = null;
        int keyRate = 0;
        if (caller.apiKeyId().isPresent()) {
            UUID keyId = caller.apiKeyId().get();
            keyRate = keyRate(keyId);
            int rate = keyRate;
            keyBucket = bucket("key:" + keyId, () -> new TokenBucket(burst(rate), rate, now));
            refuseIfEmpty(keyBucket.tryTake(now), "API key " + keyId, keyRate);
        }
        RateLimitConfig.Bucket learnerLimit = config.perLearner();
        // Length-prefixed, so that no subject and course can spell another pair's bucket name.
        String learnerBucketName =
                "learner:" + learner.length() + ":" + learner + (courseId == null ? "" : " in " + courseId);
        TokenBucket learnerBucket =
                bucket(learnerBucketName, () -> new TokenBucket(learnerLimit.burst(), learnerLimit.perMinute(), now));
        long wait = learnerBucket.tryTake(now);
        if (wait > 0 && keyBucket != null) {
            keyBucket.giveBack();
        }
        refuseIfEmpty(wait, "learner '" + learner + "'", learnerLimit.perMinute());
    }

    private int keyRate(UUID keyId) {
        ApiKey key = ApiKey.findById(keyId);
        return key != null && key.rateLimitPerMinute != null
                ? key.rateLimitPerMinute
                : config.perKey().perMinute();
    }

    /** A key with its own rate gets a burst in proportion, as the configured pair has. */
    private int burst(int rate) {
        RateLimitConfig.Bucket perKey = config.perKey();
        return (int) Math.max(1, Math.round((double) perKey.burst() * rate / perKey.perMinute()));
    }

    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private TokenBucket bucket(String name, Supplier<TokenBucket> create) {
        if (buckets.size() > MAX_BUCKETS) {
            long now = nanos();
            buckets.values().removeIf(b -> b.isFull(now)); // a full bucket is the same as a new one
        }
        return buckets.computeIfAbsent(name, n -> create.get());
    }

    private static void refuseIfEmpty(long waitNanos, String who, int perMinute) {
        if (waitNanos > 0) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
            throw new RateLimitedException(who, perMinute, seconds);
        }
    }
}
