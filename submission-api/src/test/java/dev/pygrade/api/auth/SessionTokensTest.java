package dev.pygrade.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Session tokens on their own: round trip, expiry, tampering, another secret, garbage. */
class SessionTokensTest {
    private static final Principal ALICE = new Principal("alice", Role.LEARNER, "course-1");

    @Test
    void aTokenCarriesItsPrincipal() {
        SessionTokens tokens = tokens("a-secret-of-at-least-thirty-two-bytes!!");
        assertThat(tokens.verify(tokens.issue(ALICE, Duration.ofMinutes(5)))).contains(ALICE);
        Principal admin = new Principal("root", Role.ADMIN, null);
        assertThat(tokens.verify(tokens.issue(admin, Duration.ofMinutes(5)))).contains(admin);
    }

    @Test
    void expiredTamperedForeignOrGarbageTokensAreRefused() {
        SessionTokens tokens = tokens("a-secret-of-at-least-thirty-two-bytes!!");
        assertThat(tokens.verify(tokens.issue(ALICE, Duration.ofSeconds(-1)))).isEmpty();
        String token = tokens.issue(ALICE, Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"iss\":\"pygrade\",\"sub\":\"alice\",\"pygrade_role\":\"ADMIN\",\"exp\":"
                                + (System.currentTimeMillis() / 1000 + 600) + "}")
                        .getBytes());
        assertThat(tokens.verify(parts[0] + "." + forgedClaims + "." + parts[2]))
                .isEmpty();
        assertThat(tokens("another-secret-of-at-least-thirty-two-bytes").verify(token))
                .isEmpty();
        assertThat(tokens.verify("not a token")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        Assertions.assertThatThrownBy(() -> tokens("short")).hasMessageContaining("at least 32 bytes");
    }

    private static SessionTokens tokens(String secret) {
        return new SessionTokens(new AuthConfig() {
            public Optional<String> sessionSecret() {
                return Optional.of(secret);
            }

            public Optional<String> sessionSecretFile() {
                return Optional.empty();
            }

            public Duration sessionTtl() {
                return Duration.ofHours(1);
            }

            public Optional<String> bootstrapKey() {
                return Optional.empty();
            }

            public Optional<String> bootstrapKeyFile() {
                return Optional.empty();
            }
        });
    }
}
