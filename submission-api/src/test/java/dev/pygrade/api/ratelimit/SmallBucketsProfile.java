package dev.pygrade.api.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Buckets small enough to empty in a test: 3 submissions per learner at once, 5 per key. */
public class SmallBucketsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pygrade.rate-limit.per-learner.burst", "3",
                "pygrade.rate-limit.per-learner.per-minute", "6",
                "pygrade.rate-limit.per-key.burst", "5",
                "pygrade.rate-limit.per-key.per-minute", "5");
    }
}
