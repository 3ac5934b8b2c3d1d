package dev.pygrade.api.lti.platform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.tsugi.ags2.objects.Score;
import org.tsugi.jackson.JacksonUtil;

/**
 * The platform's AGS score endpoint of every line item ({@code /lineitems/{name}/lineitem/scores}): it reads the
 * tool's score with Tsugi's {@link Score}, accepts only bearer tokens its token endpoint granted with the score
 * scope, and can be told to fail (503, or answer after the tool's timeout) a number of times.
 */
final class Gradebook {
    private final TokenEndpoint tokens;
    private final List<ReceivedScore> scores = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile TestPlatform.Failure failure = TestPlatform.Failure.UNAVAILABLE;

    Gradebook(TokenEndpoint tokens) {
        this.tokens = tokens;
    }

    void fail(int times, TestPlatform.Failure how) {
        failure = how;
        failuresLeft.set(times);
    }

    List<ReceivedScore> scores() {
        return List.copyOf(scores);
    }

    int requests() {
        return requests.get();
    }

    void handle(HttpExchange exchange) throws IOException {
        String body = Exchanges.body(exchange);
        if (!"POST".equals(exchange.getRequestMethod())
                || !exchange.getRequestURI().getPath().endsWith("/scores")) {
            Exchanges.respond(exchange, 404, "text/plain", "no such line item resource");
            return;
        }
        requests.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            if (failure == TestPlatform.Failure.TIMEOUT) {
                sleep(5_000); // longer than the tool's timeout: it gives up, and this score is not taken
            }
            Exchanges.respond(exchange, 503, "text/plain", "gradebook unavailable");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        if (!tokens.grantedScore(token)) {
            Exchanges.respond(exchange, 401, "text/plain", "unknown bearer token");
            return;
        }
        Score score = JacksonUtil.getLaxObjectMapper().readValue(body, Score.class);
        scores.add(new ReceivedScore(
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                token,
                score,
                body));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
