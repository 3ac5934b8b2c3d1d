package dev.pygrade.api.lti;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.nimbusds.jose.jwk.JWKSet;
import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.auth.SessionTokens;
import dev.pygrade.api.lti.keys.ToolKeys;
import dev.pygrade.api.lti.support.LtiAdmin;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The admin side: registrations (admin only, validated), the public tool configuration, key rotation. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class LtiAdminTest {
    @Inject
    SessionTokens sessions;

    @Inject
    ToolKeys keys;

    private final String tool = ConfigProvider.getConfig().getValue("pygrade.lti.base-url", String.class);

    @Test
    void registrationsAreForAdminsOnly() {
        given().get("/api/v1/lti/registrations").then().statusCode(401);
        String learner = sessions.issue(new Principal("someone", Role.LEARNER, null), Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + learner)
                .get("/api/v1/lti/registrations")
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + learner)
                .post("/api/v1/lti/keys")
                .then()
                .statusCode(403);
    }

    /**
     * Pygrade calls a platform's key set and token URLs itself: internal addresses are refused unless the registration
     * allows private networks, explicitly; link-local (cloud metadata) is refused even then.
     */
    @Test
    void platformUrlsOnPrivateNetworksNeedAllowPrivateNetwork() {
        LtiAdmin admin = new LtiAdmin(sessions);
        String issuer = "https://lms-" + UUID.randomUUID() + ".example";
        Map<String, Object> request = new HashMap<>(Map.of(
                "issuer",
                issuer,
                "clientId",
                "client-1",
                "deploymentIds",
                List.of("d1"),
                "authUrl",
                "http://10.1.2.3/auth",
                "tokenUrl",
                "http://10.1.2.3/token",
                "jwksUrl",
                "http://localhost:1/jwks"));
        String hint = "; Pygrade calls public addresses only unless an admin allow-lists the target (for a platform"
                + " on a private network, set allowPrivateNetwork)";
        admin.request()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/lti/registrations")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("tokenUrl", "jwksUrl")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "is refused: 10.1.2.3 is a private address" + hint,
                                "is refused: 'localhost' resolves to a loopback address" + hint)));

        request.put("allowPrivateNetwork", true);
        int id = admin.request()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/lti/registrations")
                .then()
                .statusCode(201)
                .body("allowPrivateNetwork", equalTo(true))
                .extract()
                .path("id");

        request.put("jwksUrl", "http://169.254.169.254/jwks");
        admin.request()
                .contentType(ContentType.JSON)
                .body(request)
                .put("/api/v1/lti/registrations/" + id)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("jwksUrl")))
                .body(
                        "errors[0].message",
                        equalTo("is refused: 169.254.169.254 is a link-local address; Pygrade calls public and"
                                + " private-network addresses only unless an admin allow-lists the target"));
        request.put("jwksUrl", "http://localhost:1/jwks");
        request.remove("allowPrivateNetwork");
        admin.request()
                .contentType(ContentType.JSON)
                .body(request)
                .put("/api/v1/lti/registrations/" + id)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("tokenUrl", "jwksUrl")));
        admin.request()
                .get("/api/v1/lti/registrations/" + id)
                .then()
                .statusCode(200)
                .body("allowPrivateNetwork", equalTo(true));
    }

    @Test
    void aPlatformIsRegisteredWithSeveralDeploymentsAndChanged() {
        LtiAdmin admin = new LtiAdmin(sessions);
        String issuer = "https://lms-" + UUID.randomUUID() + ".example";
        Map<String, Object> request = Map.of(
                "issuer",
                issuer,
                "clientId",
                "client-1",
                "deploymentIds",
                List.of("d1", "d2"),
                "authUrl",
                issuer + "/auth",
                "tokenUrl",
                issuer + "/token",
                "jwksUrl",
                issuer + "/jwks");
        var created = admin.request()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/lti/registrations")
                .then()
                .statusCode(201)
                .body("deploymentIds", equalTo(List.of("d1", "d2")))
                .extract();
        int id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/lti/registrations/" + id);

        admin.request()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/lti/registrations")
                .then()
                .statusCode(409);
        // the same platform under a second client id is a second registration
        Map<String, Object> second = new HashMap<>(request);
        second.put("clientId", "client-2");
        admin.request()
                .contentType(ContentType.JSON)
                .body(second)
                .post("/api/v1/lti/registrations")
                .then()
                .statusCode(201);

        admin.request()
                .contentType(ContentType.JSON)
                .body(Map.of("deploymentId", "d3"))
                .post("/api/v1/lti/registrations/" + id + "/deployments")
                .then()
                .statusCode(200)
                .body("deploymentIds", equalTo(List.of("d1", "d2", "d3")));
        admin.request()
                .delete("/api/v1/lti/registrations/" + id + "/deployments/d1")
                .then()
                .statusCode(200)
                .body("deploymentIds", equalTo(List.of("d2", "d3")));
        // a platform moved its key set: the registration is replaced as a whole
        Map<String, Object> moved = new HashMap<>(request);
        moved.put("jwksUrl", issuer + "/keys/v2");
        moved.put("deploymentIds", List.of("d3"));
        admin.request()
                .contentType(ContentType.JSON)
                .body(moved)
                .put("/api/v1/lti/registrations/" + id)
                .then()
                .statusCode(200)
                .body("jwksUrl", equalTo(issuer + "/keys/v2"))
                .body("deploymentIds", equalTo(List.of("d3")));
        admin.request()
                .get("/api/v1/lti/registrations/" + id)
                .then()
                .statusCode(200)
                .body("jwksUrl", equalTo(issuer + "/keys/v2"));
        moved.put("authUrl", "not a url");
        admin.request()
                .contentType(ContentType.JSON)
                .body(moved)
                .put("/api/v1/lti/registrations/" + id)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("authUrl"));
        admin.request()
                .contentType(ContentType.JSON)
                .body(request)
                .put("/api/v1/lti/registrations/999999999")
                .then()
                .statusCode(404);
        admin.request().get("/api/v1/lti/registrations").then().statusCode(200).body("issuer", hasItem(issuer));
        admin.request().get("/api/v1/lti/registrations/999999999").then().statusCode(404);
    }

    @Test
    void anInvalidRegistrationListsEveryProblem() {
        new LtiAdmin(sessions)
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("issuer", "", "authUrl", "not a url", "tokenUrl", "ftp://x/y", "jwksUrl", "/relative"))
                .post("/api/v1/lti/registrations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("issuer", "clientId", "authUrl", "tokenUrl", "jwksUrl")));
    }

    @Test
    void theToolConfigurationIsPublic() {
        given().get("/api/v1/lti/tool")
                .then()
                .statusCode(200)
                .body("loginUrl", equalTo(tool + "/lti/login"))
                .body("redirectUrl", equalTo(tool + "/lti/launch"))
                .body("jwksUrl", equalTo(tool + "/.well-known/jwks.json"));
    }

    @Test
    void keysRotateInThreeSteps() throws Exception {
        LtiAdmin admin = new LtiAdmin(sessions);
        String old = keys.signingKey().getKeyID();
        assertThat(jwksKids()).contains(old);

        String next = admin.request()
                .post("/api/v1/lti/keys")
                .then()
                .statusCode(200)
                .extract()
                .path("kid");
        assertThat(jwksKids()).contains(old, next);
        assertThat(keys.signingKey().getKeyID()).isEqualTo(old);

        admin.request()
                .post("/api/v1/lti/keys/" + next + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("active"));
        assertThat(keys.signingKey().getKeyID()).isEqualTo(next);
        assertThat(jwksKids()).contains(old, next);

        admin.request().post("/api/v1/lti/keys/" + next + "/retire").then().statusCode(409);
        admin.request()
                .post("/api/v1/lti/keys/" + old + "/retire")
                .then()
                .statusCode(200)
                .body("status", equalTo("retired"));
        assertThat(jwksKids()).contains(next).doesNotContain(old);
        admin.request().post("/api/v1/lti/keys/" + old + "/activate").then().statusCode(409);
        admin.request().post("/api/v1/lti/keys/no-such-kid/activate").then().statusCode(404);
        String jwks = given().get("/.well-known/jwks.json").asString();
        assertThat(jwks).doesNotContain("\"d\"").doesNotContain("\"p\""); // never a private part
    }

    private static List<String> jwksKids() throws ParseException {
        return JWKSet.parse(given().get("/.well-known/jwks.json").asString()).getKeys().stream()
                .map(k -> k.getKeyID())
                .toList();
    }
}
