package dev.pygrade.api.local;

import dev.pygrade.api.testing.Api;
import dev.pygrade.testkit.RepositoryRoot;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the app in the {@code local} profile, as the one-command local run does: H2 in a file, in PostgreSQL mode.
 * Only the data directory and the exercise catalog are moved; Kafka comes from the real test broker.
 */
public class LocalH2Profile implements QuarkusTestProfile {
    static final Path DATA_DIR = dataDir();

    @Override
    public String getConfigProfile() {
        return "local";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pygrade.data-dir",
                DATA_DIR.toString(),
                "pygrade.exercises.root",
                RepositoryRoot.get().resolve("exercises").toString(),
                // As in the test profile: only the commit wake-up can publish promptly, and the backstop poll
                // stays out of the way of the row-locking test.
                "pygrade.outbox.poll-interval",
                "10s",
                // The local profile's own key file lands beside the data directory, as .pygrade/admin-key does.
                "pygrade.auth.bootstrap-key",
                Api.ADMIN_KEY);
    }

    /** One fresh directory per test JVM under target/, the same whichever class loader asks. */
    private static synchronized Path dataDir() {
        String key = "submission-api.test.h2-data-dir";
        String existing = System.getProperty(key);
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path parent = Files.createDirectories(Path.of("target").toAbsolutePath());
            Path dir = Files.createTempDirectory(parent, "h2-local-");
            System.setProperty(key, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
