package dev.pygrade.api.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP client against a real server on 127.0.0.1: refused before any connection unless allowed, connected to the
 * address that was checked, never following a redirect.
 */
class OutboundHttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger redirectTargetRequests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/target");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/target", exchange -> {
            redirectTargetRequests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    @Test
    void loopbackInAnySpellingIsRefusedBeforeAnyConnection() {
        OutboundHttp http = new OutboundHttp(new OutboundPolicy(List.of(), List.of(), InetAddress::getAllByName));
        for (String host :
                List.of("127.0.0.1", "localhost", "0x7f000001", "2130706433", "017700000001", "[::ffff:127.0.0.1]")) {
            URI uri = URI.create("http://" + host + ":" + port() + "/");
            assertThatThrownBy(() -> http.send(OutboundHttp.Request.get(uri), Reach.PUBLIC, TIMEOUT))
                    .as(host)
                    .isInstanceOf(RefusedTargetException.class)
                    .hasMessage("refused: loopback address");
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void anAllowListedAddressIsCalledAndRedirectsAreNotFollowed() throws Exception {
        OutboundHttp http =
                new OutboundHttp(new OutboundPolicy(List.of("127.0.0.1/32"), List.of(), InetAddress::getAllByName));
        OutboundHttp.Response ok = http.send(
                OutboundHttp.Request.get(URI.create("http://127.0.0.1:" + port() + "/")), Reach.PUBLIC, TIMEOUT);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("hello");

        OutboundHttp.Response redirect = http.send(
                OutboundHttp.Request.post(
                        URI.create("http://127.0.0.1:" + port() + "/redirect"), "application/json", new byte[] {'{', '}'
                        }),
                Reach.PUBLIC,
                TIMEOUT);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirectTargetRequests).hasValue(0);
    }

    /**
     * DNS rebinding: the name answers 127.0.0.1 (allowed here) the first time and 127.0.0.9 (refused, nothing listens)
     * after. One resolution per call, and the connection goes to the address it returned: the first call reaches the
     * server, the second is refused without connecting anywhere.
     */
    @Test
    void theConnectionGoesToTheAddressThatWasChecked() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        OutboundPolicy.Resolver rebinding = name -> new InetAddress[] {
            InetAddress.getByAddress(name, new byte[] {127, 0, 0, (byte) (lookups.getAndIncrement() == 0 ? 1 : 9)})
        };
        OutboundHttp http = new OutboundHttp(new OutboundPolicy(List.of("127.0.0.1/32"), List.of(), rebinding));
        URI uri = URI.create("http://rebind.test:" + port() + "/");

        assertThat(http.send(OutboundHttp.Request.get(uri), Reach.PUBLIC, TIMEOUT)
                        .status())
                .isEqualTo(200);
        assertThat(lookups).hasValue(1);
        assertThat(requests).hasValue(1);
        assertThatThrownBy(() -> http.send(OutboundHttp.Request.get(uri), Reach.PUBLIC, TIMEOUT))
                .isInstanceOf(RefusedTargetException.class);
        assertThat(lookups).hasValue(2);
        assertThat(requests).hasValue(1);
    }

    @Test
    void aPrivateNetworkReachCallsLoopback() throws Exception {
        OutboundHttp http = new OutboundHttp(new OutboundPolicy(List.of(), List.of(), InetAddress::getAllByName));
        URI uri = URI.create("http://localhost:" + port() + "/");
        assertThat(http.send(OutboundHttp.Request.get(uri), Reach.PRIVATE_NETWORK, TIMEOUT)
                        .status())
                .isEqualTo(200);
    }
}
