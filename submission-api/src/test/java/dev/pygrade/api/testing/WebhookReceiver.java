package dev.pygrade.api.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on loopback that answers 500 to its first {@code failures} calls, then 204. It listens on
 * 127.0.0.2, which the test profile allow-lists ({@code pygrade.outbound.allowed-networks}); 127.0.0.1 stays refused.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One call as received: the signature header and the raw body. */
    public record Call(String signature, String delivery, String contentType, String body, int answered) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    /** The test profile's allow-listed receiver address. */
    public static final String ALLOWED_HOST = "127.0.0.2";

    public WebhookReceiver(int failures) {
        this(failures, ALLOWED_HOST);
    }

    /** A receiver on {@code host}: 127.0.0.1 for one that Pygrade must never call. */
    public WebhookReceiver(int failures, String host) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            calls.add(new Call(
                    exchange.getRequestHeaders().getFirst("X-Pygrade-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Pygrade-Delivery"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body,
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/hook";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
