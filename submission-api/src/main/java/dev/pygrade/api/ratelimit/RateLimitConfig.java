package dev.pygrade.api.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code pygrade.rate-limit.*}: token buckets for submissions, one per learner and one per API key. Each instance
 * keeps its own buckets, so N instances admit up to N times the rate.
 */
@ConfigMapping(prefix = "pygrade.rate-limit")
public interface RateLimitConfig {
    /** Submissions per learner (whoever they are submitted for). */
    Bucket perLearner();

    /** Submissions per API key (an LMS submitting for many learners); a key may override the rate. */
    Bucket perKey();

    /** A token bucket: {@code burst} submissions at once, refilled at {@code per-minute}. */
    interface Bucket {
        /** Sustained submissions per minute. */
        @WithDefault("30")
        int perMinute();

        /** Submissions allowed at once after a quiet period. */
        @WithDefault("10")
        int burst();
    }
}
