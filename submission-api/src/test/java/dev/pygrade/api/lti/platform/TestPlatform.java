package dev.pygrade.api.lti.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.tsugi.lti13.objects.LaunchJWT;

/**
 * An LTI 1.3 platform on loopback, built on Tsugi's basiclti-util: its keys and JWKS, its launch objects, its
 * access-token object, its Score object to read what the tool posts, and its deep-linking response validator. It
 * starts logins, answers the OIDC authorization request with an auto-posted signed launch, grants client-credentials
 * tokens after verifying the tool's assertion against the tool's JWKS, and keeps every score it accepted.
 */
public final class TestPlatform implements AutoCloseable {
    /** How the score endpoint misbehaves while failures are left. */
    public enum Failure {
        UNAVAILABLE,
        TIMEOUT
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String toolBaseUrl;
    private final String clientId;
    private final String deploymentId;
    private final LoginEndpoints login = new LoginEndpoints(this);
    private final TokenEndpoint tokens = new TokenEndpoint(this);
    private final Gradebook gradebook = new Gradebook(tokens);
    private final DeepLinkReturnEndpoint deepLinks = new DeepLinkReturnEndpoint(this);
    private volatile PlatformKeyPair key = new PlatformKeyPair();
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private volatile boolean jwksDown;

    private TestPlatform(String toolBaseUrl, String clientId, String deploymentId) throws IOException {
        this.toolBaseUrl = toolBaseUrl;
        this.clientId = clientId;
        this.deploymentId = deploymentId;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(executor);
        server.createContext("/jwks", this::jwks);
        server.createContext("/start", login::start);
        server.createContext("/auth", login::authorize);
        server.createContext("/token", tokens::handle);
        server.createContext("/lineitems", gradebook::handle);
        server.createContext("/deep-link-return", deepLinks::handle);
        server.start();
    }

    public static TestPlatform start(String toolBaseUrl, String clientId, String deploymentId) {
        try {
            return new TestPlatform(toolBaseUrl, clientId, deploymentId);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String issuer() {
        return baseUrl();
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String toolBaseUrl() {
        return toolBaseUrl;
    }

    public PlatformKeyPair key() {
        return key;
    }

    /** The platform rotates its key: the JWKS now publishes only a new one, which signs from now on. */
    public PlatformKeyPair rotateKey() {
        key = new PlatformKeyPair();
        return key;
    }

    /** While down, the JWKS endpoint answers 503. */
    public void jwksDown(boolean down) {
        jwksDown = down;
    }

    /** How often the tool fetched the key set. */
    public int jwksRequests() {
        return jwksRequests.get();
    }

    private void jwks(HttpExchange exchange) throws IOException {
        jwksRequests.incrementAndGet();
        if (jwksDown) {
            Exchanges.respond(exchange, 503, "text/plain", "key service down");
        } else {
            Exchanges.respond(exchange, 200, "application/json", key.jwksJson());
        }
    }

    public String lineitem(String name) {
        return baseUrl() + "/lineitems/" + name + "/lineitem";
    }

    /** Where a browser starts a launch: the platform's page that auto-posts the login initiation to the tool. */
    public String startUrl(String loginHint, String targetLinkUri, LaunchJWT launch) {
        login.expect(loginHint, launch);
        return baseUrl() + "/start?hint=" + enc(loginHint) + "&target=" + enc(targetLinkUri);
    }

    public void failScores(int times, Failure how) {
        gradebook.fail(times, how);
    }

    /** The access tokens granted so far stop working at the score endpoint (401). */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    /** The next {@code times} access-token requests are answered 503. */
    public void failTokens(int times) {
        tokens.fail(times);
    }

    public List<Map<String, String>> authRequests() {
        return login.authRequests();
    }

    public List<TokenGrant> grants() {
        return tokens.grants();
    }

    public List<ReceivedScore> scores() {
        return gradebook.scores();
    }

    public int scoreRequests() {
        return gradebook.requests();
    }

    public List<DeepLinkReturn> deepLinkReturns() {
        return deepLinks.returns();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
