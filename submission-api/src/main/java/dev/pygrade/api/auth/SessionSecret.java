package dev.pygrade.api.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/** Where the session-token secret comes from: configuration, a file made on first start, or this process only. */
final class SessionSecret {
    private static final Logger LOG = Logger.getLogger(SessionSecret.class);
    static final int MIN_BYTES = 32;

    private SessionSecret() {}

    static byte[] resolve(AuthConfig config) {
        if (config.sessionSecret().isPresent()) {
            byte[] secret = config.sessionSecret().get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_BYTES) {
                throw new IllegalStateException("pygrade.auth.session-secret must be at least " + MIN_BYTES + " bytes");
            }
            return secret;
        }
        if (config.sessionSecretFile().isPresent()) {
            return fromFile(Path.of(config.sessionSecretFile().get()));
        }
        LOG.warn("pygrade.auth.session-secret is not set: session tokens are signed with a random secret that ends"
                + " with this process and is not shared with other instances");
        return random();
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] secret =
                        Base64.getDecoder().decode(Files.readString(file).trim());
                if (secret.length >= MIN_BYTES) {
                    return secret;
                }
            }
            byte[] secret = random();
            Files.createDirectories(file.toAbsolutePath().getParent());
            SecretFiles.writePrivate(file, Base64.getEncoder().encodeToString(secret));
            LOG.infof("session secret generated into %s", file.toAbsolutePath());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the session secret file " + file, e);
        }
    }

    private static byte[] random() {
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** Files only the owner may read, where the file system allows it. */
    static final class SecretFiles {
        private SecretFiles() {}

        static void writePrivate(Path file, String content) throws IOException {
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions must do
            }
        }
    }
}
