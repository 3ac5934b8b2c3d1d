package dev.pygrade.api.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Makes sure a ready-to-use admin key exists at start, idempotently: {@code pygrade.auth.bootstrap-key} (a value
 * from a deployment secret) and {@code pygrade.auth.bootstrap-key-file} (the local run's {@code
 * .pygrade/admin-key}). The key's value is never logged; the file's path is.
 */
@ApplicationScoped
public class BootstrapKeys {
    private static final Logger LOG = Logger.getLogger(BootstrapKeys.class);

    private final AuthConfig config;
    private final ApiKeys keys;

    public BootstrapKeys(AuthConfig config, ApiKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    void onStart(@Observes StartupEvent event) {
        config.bootstrapKey().ifPresent(value -> ensure(value, "bootstrap"));
        config.bootstrapKeyFile().map(Path::of).ifPresent(this::ensureFile);
    }

    private void ensure(String value, String name) {
        if (!KeyMaterial.looksLikeApiKey(value)) {
            throw new IllegalStateException("pygrade.auth.bootstrap-key is not an API key (pgk_ and at least 20"
                    + " letters, digits, '-' or '_')");
        }
        if (!keys.exists(value)) {
            keys.create(new ApiKeyRequest(name, Role.ADMIN.wire(), "admin:" + name, null, null, null), value);
            LOG.infof("bootstrap admin API key '%s' created", name);
        }
    }

    private void ensureFile(Path file) {
        try {
            String value = Files.exists(file) ? Files.readString(file).trim() : null;
            boolean usable = KeyMaterial.looksLikeApiKey(value)
                    && (keys.authenticate(value).isPresent() || !keys.exists(value));
            if (!usable) {
                value = KeyMaterial.newApiKey(); // absent, unreadable or revoked: a fresh one
            }
            if (!keys.exists(value)) {
                keys.create(
                        new ApiKeyRequest("local-admin", Role.ADMIN.wire(), "admin:local", null, null, null), value);
            }
            if (!usable) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                SessionSecret.SecretFiles.writePrivate(file, value);
            }
            LOG.infof(
                    "admin API key ready in %s (send it as 'Authorization: Bearer <key>')",
                    file.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the admin key file " + file, e);
        }
    }
}
