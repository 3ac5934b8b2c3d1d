package dev.pygrade.api.lti.platform;

import com.nimbusds.jose.JOSEException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.security.Key;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tsugi.lti13.DeepLinkResponse;
import org.tsugi.lti13.LTI13JwtUtil;
import org.tsugi.lti13.LTI13KeySetUtil;

/** The platform's deep-link return URL: validates the tool's response with Tsugi's {@link DeepLinkResponse}. */
final class DeepLinkReturnEndpoint {
    private final TestPlatform platform;
    private final List<DeepLinkReturn> returns = new CopyOnWriteArrayList<>();

    DeepLinkReturnEndpoint(TestPlatform platform) {
        this.platform = platform;
    }

    List<DeepLinkReturn> returns() {
        return List.copyOf(returns);
    }

    void handle(HttpExchange exchange) throws IOException {
        String jwt = Exchanges.form(exchange).get("JWT");
        try {
            DeepLinkResponse response = new DeepLinkResponse(jwt);
            String kid = (String) LTI13JwtUtil.jsonJwtHeader(jwt).get("kid");
            Key toolKey = LTI13KeySetUtil.getKeyFromKeySet(kid, platform.toolBaseUrl() + "/.well-known/jwks.json");
            boolean valid = response.validate(toolKey);
            returns.add(new DeepLinkReturn(jwt, response, valid));
            Exchanges.respond(
                    exchange,
                    200,
                    "text/html",
                    "<html><body><h1 id=\"added\">Added "
                            + response.getDeepLinks().size() + " item(s)</h1></body></html>");
        } catch (RuntimeException | ParseException | JOSEException e) {
            returns.add(new DeepLinkReturn(jwt, null, false));
            Exchanges.respond(exchange, 400, "text/plain", "invalid deep-linking response: " + e);
        }
    }
}
