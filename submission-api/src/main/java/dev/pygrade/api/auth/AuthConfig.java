package dev.pygrade.api.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code pygrade.auth.*}: API keys and session tokens. */
@ConfigMapping(prefix = "pygrade.auth")
public interface AuthConfig {
    /**
     * HMAC-SHA256 secret of session tokens, at least 32 bytes. Every instance must share it. When absent it is read
     * from (or generated into) {@link #sessionSecretFile()}; without either, a random secret lives as long as the
     * process (sessions then end with it), which is logged as a warning.
     */
    Optional<String> sessionSecret();

    /** File that holds the session secret when {@link #sessionSecret()} is not set; created on first start. */
    Optional<String> sessionSecretFile();

    /** Lifetime of session tokens that {@code POST /api/v1/sessions} issues. */
    @WithDefault("8h")
    Duration sessionTtl();

    /**
     * An admin API key ({@code pgk_...}) that must exist: created at start if absent, e.g. from a deployment
     * secret. Never logged.
     */
    Optional<String> bootstrapKey();

    /**
     * File holding a ready-to-use admin API key: at start its key is created if unknown, and a new key is written
     * to it if the file does not exist (the local run uses {@code .pygrade/admin-key}).
     */
    Optional<String> bootstrapKeyFile();
}
