package dev.pygrade.api.lti.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.api.lti.platform.TestPlatform;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drives login and launch over plain HTTP, as a platform and browser would, for tests that craft the id_token
 * themselves (the certification's known-bad launches).
 */
public final class LaunchDriver {
    /** A login's answer: the state and nonce the tool issued. */
    public record Login(String state, String nonce, Map<String, String> authRequest) {}

    private final TestPlatform platform;

    public LaunchDriver(TestPlatform platform) {
        this.platform = platform;
    }

    public Login login(String targetLinkUri) {
        Response response = given().redirects()
                .follow(false)
                .queryParam("iss", platform.issuer())
                .queryParam("login_hint", "hint-1")
                .queryParam("target_link_uri", targetLinkUri)
                .queryParam("lti_message_hint", "msg-hint-1")
                .queryParam("client_id", platform.clientId())
                .queryParam("lti_deployment_id", platform.deploymentId())
                .get("/lti/login");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(302);
        URI location = URI.create(response.header("Location"));
        assertThat(location.toString()).startsWith(platform.baseUrl() + "/auth?");
        Map<String, String> query = query(location.getRawQuery());
        return new Login(query.get("state"), query.get("nonce"), query);
    }

    /** Posts the launch form as the platform's auto-post would; redirects are not followed. */
    public Response launch(String idToken, String state) {
        var request =
                given().redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded");
        if (idToken != null) {
            request.formParam("id_token", idToken);
        }
        if (state != null) {
            request.formParam("state", state);
        }
        return request.post("/lti/launch");
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
