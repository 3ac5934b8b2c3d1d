package dev.pygrade.api.lti;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code pygrade.lti.*}: Pygrade as an LTI 1.3 tool. */
@ConfigMapping(prefix = "pygrade.lti")
public interface LtiConfig {
    /**
     * The public base URL of this service as platforms and browsers reach it (scheme, host, port, no trailing
     * slash). Login, launch, JWKS and deep-linking URLs are built from it, and {@code target_link_uri} must lie
     * under it.
     */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** How long a login's state and nonce wait for the platform's launch. */
    @WithDefault("10m")
    Duration stateTtl();

    /** Tolerated clock difference with platforms when checking {@code exp} and {@code iat}. */
    @WithDefault("60s")
    Duration clockSkew();

    /** Oldest {@code iat} accepted: a token issued longer ago is stale even if its {@code exp} is far away. */
    @WithDefault("10m")
    Duration maxTokenAge();

    /** How long a platform's key set is trusted before it is fetched again. */
    @WithDefault("10m")
    Duration jwksCacheTtl();

    /**
     * Least time between two fetches of one key set, failed ones included: unknown {@code kid}s cannot make us hammer
     * a platform.
     */
    @WithDefault("30s")
    Duration jwksMinRefetchInterval();

    /**
     * While a platform's key set cannot be fetched, how long after its last successful fetch the key set then fetched
     * still verifies launches (each time it serves, it is cached again for {@link #jwksCacheTtl()}).
     */
    @WithDefault("1h")
    Duration jwksOutageTolerance();

    /** Connect and read timeout for every call to a platform (key sets, tokens, scores). */
    @WithDefault("10s")
    Duration httpTimeout();

    /** Lifetime of the Pygrade session a launch starts. */
    @WithDefault("8h")
    Duration sessionTtl();

    /** The score passback outbox. */
    Passback passback();

    /** {@code pygrade.lti.passback.*} */
    interface Passback {
        /** How often the relay looks for due scores when nothing woke it. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Scores the relay takes at a time. */
        @WithDefault("20")
        int batchSize();

        /** First pause after a failed send; it doubles with every further failure of the same score. */
        @WithDefault("2s")
        Duration initialBackoff();

        /** Longest pause between two tries of one score. */
        @WithDefault("10m")
        Duration maxBackoff();

        /** Tries before a score is marked failed (an admin can retry it); about a day with the defaults. */
        @WithDefault("150")
        int maxAttempts();

        /** Which score counts where neither the exercise nor the course has a setting: latest or best. */
        @WithDefault("latest")
        String defaultPolicy();
    }
}
