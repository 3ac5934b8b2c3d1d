package dev.pygrade.api.lti.support;

import static io.restassured.RestAssured.given;

import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.auth.SessionTokens;
import dev.pygrade.api.lti.platform.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The admin side of the tests: an admin session token and registering a test platform through the admin API. */
public final class LtiAdmin {
    private final String token;

    public LtiAdmin(SessionTokens sessions) {
        this.token = sessions.issue(new Principal("lti-test-admin", Role.ADMIN, null), Duration.ofHours(1));
    }

    public RequestSpecification request() {
        return given().header("Authorization", "Bearer " + token);
    }

    /**
     * Registers the platform with its client id and deployment; returns the registration id. The test platform is on
     * loopback, so the registration allows private networks, as an admin registering a platform next door would.
     */
    public long register(TestPlatform platform) {
        Number id = request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "issuer",
                        platform.issuer(),
                        "clientId",
                        platform.clientId(),
                        "deploymentIds",
                        List.of(platform.deploymentId()),
                        "authUrl",
                        platform.baseUrl() + "/auth",
                        "tokenUrl",
                        platform.baseUrl() + "/token",
                        "jwksUrl",
                        platform.baseUrl() + "/jwks",
                        "allowPrivateNetwork",
                        true))
                .post("/api/v1/lti/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }
}
