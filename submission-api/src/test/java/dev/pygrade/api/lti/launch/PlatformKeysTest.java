package dev.pygrade.api.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.lti.LtiRejection;
import dev.pygrade.api.lti.platform.PlatformKeyPair;
import dev.pygrade.api.outbound.OutboundHttp;
import dev.pygrade.api.outbound.Reach;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link PlatformKeys} on its own, timed by a clock the test moves: the cache time, the minimum refetch interval and
 * the outage tolerance are nimbus's (and {@link OneFetchPerInterval}'s) caches running on the injected clock, not on
 * the system's. The platform is a stand-in for {@link OutboundHttp} that counts requests.
 */
class PlatformKeysTest {
    private static final String URL = "https://lms.example/jwks";
    private static final Duration TTL = Duration.ofMinutes(10);
    private static final Duration MIN_REFETCH = Duration.ofSeconds(30);
    private static final Duration OUTAGE = Duration.ofHours(1);

    private final MovableClock clock = new MovableClock();
    private final FakePlatform platform = new FakePlatform();
    private final PlatformKeys keys = new PlatformKeys(config(), platform, clock);

    @Test
    void aKeySetIsCachedForItsCacheTimeThenFetchedAgain() {
        PlatformKeyPair key = platform.publish(new PlatformKeyPair());
        assertThat(find(key.kid())).isPresent();
        clock.advance(TTL.minusMillis(1));
        assertThat(find(key.kid())).isPresent();
        assertThat(platform.requests()).hasSize(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(find(key.kid())).isPresent();
        assertThat(platform.requests()).hasSize(2);
    }

    @Test
    void aRotatedKeyIsFetchedOnceTheMinimumIntervalIsOver() {
        assertThat(find(platform.publish(new PlatformKeyPair()).kid())).isPresent();
        PlatformKeyPair rotated = platform.publish(new PlatformKeyPair());

        clock.advance(MIN_REFETCH);
        assertThat(find(rotated.kid())).isEmpty();
        assertThat(platform.requests()).hasSize(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(find(rotated.kid())).isPresent();
        assertThat(platform.requests()).hasSize(2);
    }

    @Test
    void madeUpKidsAreFetchedForAtMostOncePerInterval() {
        platform.publish(new PlatformKeyPair());
        for (int i = 0; i < 5; i++) {
            assertThat(find("made-up-" + i)).isEmpty();
        }
        // a new key set that lacks the kid is not fetched a second time at once
        assertThat(platform.requests()).hasSize(1);

        clock.advance(MIN_REFETCH.plusMillis(1));
        for (int i = 0; i < 5; i++) {
            assertThat(find("made-up-again-" + i)).isEmpty();
        }
        assertThat(platform.requests()).hasSize(2);
    }

    @Test
    void aPlatformThatIsDownIsAskedOncePerIntervalAndEveryLaunchSaysWhy() {
        platform.publish(new PlatformKeyPair());
        platform.status = 503;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> find("any"))
                    .isInstanceOfSatisfying(LtiRejection.class, e -> {
                        assertThat(e.status()).isEqualTo(502);
                        assertThat(e.reason()).isEqualTo("platform-keys-unavailable");
                    })
                    .hasMessage("the platform's key set answered 503");
        }
        assertThat(platform.requests()).hasSize(1);

        platform.status = 200;
        clock.advance(MIN_REFETCH.plusMillis(1));
        assertThat(find(platform.key.kid())).isPresent();
        assertThat(platform.requests()).hasSize(2);
    }

    @Test
    void theKeysFetchedLastServeWhileThePlatformIsDownForTheOutageTolerance() {
        PlatformKeyPair key = platform.publish(new PlatformKeyPair());
        assertThat(find(key.kid())).isPresent();

        platform.failure = new SocketTimeoutException("Read timed out");
        clock.advance(TTL.plusMillis(1));
        assertThat(find(key.kid())).isPresent();
        assertThat(platform.requests()).hasSize(2);
        // a kid they lack is not called unknown: the platform's key set is down
        assertThatThrownBy(() -> find("rotated-meanwhile"))
                .isInstanceOf(LtiRejection.class)
                .hasMessage("the platform's key set could not be read: Read timed out");
        assertThat(platform.requests()).hasSize(2);
        // served keys are cached again: past the minimum interval, the platform is still not asked again
        clock.advance(MIN_REFETCH.plusMillis(1));
        assertThat(find(key.kid())).isPresent();
        assertThat(platform.requests()).hasSize(2);

        // past the outage tolerance (counted from the last successful fetch) they no longer verify
        clock.advance(OUTAGE);
        assertThatThrownBy(() -> find(key.kid()))
                .isInstanceOf(LtiRejection.class)
                .hasMessage("the platform's key set could not be read: Read timed out");
        assertThat(platform.requests()).hasSize(3);
    }

    @Test
    void anAnswerThatIsNoKeySetSaysSo() {
        platform.body = "<html>login</html>";
        assertThatThrownBy(() -> find("any"))
                .isInstanceOf(LtiRejection.class)
                .hasMessageStartingWith("the platform's key set could not be read: ");
    }

    @Test
    void eachReachHasItsOwnCache() {
        PlatformKeyPair key = platform.publish(new PlatformKeyPair());
        assertThat(keys.find(URL, Reach.PUBLIC, key.kid())).isPresent();
        assertThat(keys.find(URL, Reach.PRIVATE_NETWORK, key.kid())).isPresent();
        assertThat(platform.requests()).containsExactly(Reach.PUBLIC, Reach.PRIVATE_NETWORK);
    }

    private Optional<JWK> find(String kid) {
        return keys.find(URL, Reach.PUBLIC, kid);
    }

    /** A platform's key set URL: answers {@link #status} with the keys published last, or fails. */
    private static final class FakePlatform extends OutboundHttp {
        private final List<Reach> requests = new ArrayList<>();
        volatile PlatformKeyPair key;
        volatile int status = 200;
        volatile String body;
        volatile IOException failure;

        FakePlatform() {
            super(null);
        }

        PlatformKeyPair publish(PlatformKeyPair published) {
            key = published;
            return published;
        }

        synchronized List<Reach> requests() {
            return List.copyOf(requests);
        }

        @Override
        public synchronized Response send(Request request, Reach reach, Duration timeout) throws IOException {
            assertThat(request.uri()).hasToString(URL);
            requests.add(reach);
            if (failure != null) {
                throw failure;
            }
            return new Response(status, body != null ? body : key.jwksJson());
        }
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2030-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static LtiConfig config() {
        return new LtiConfig() {
            @Override
            public String baseUrl() {
                return "https://pygrade.example";
            }

            @Override
            public Duration stateTtl() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration clockSkew() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration maxTokenAge() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration jwksCacheTtl() {
                return TTL;
            }

            @Override
            public Duration jwksMinRefetchInterval() {
                return MIN_REFETCH;
            }

            @Override
            public Duration jwksOutageTolerance() {
                return OUTAGE;
            }

            @Override
            public Duration httpTimeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration sessionTtl() {
                return Duration.ofHours(8);
            }

            @Override
            public Passback passback() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
