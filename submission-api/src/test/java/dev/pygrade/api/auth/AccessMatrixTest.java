package dev.pygrade.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the OpenAPI document under {@code /api/}, called with no credentials, with a bad key, and with
 * each role that may not call it: 401 or 403 as problem+json, never the endpoint's work. Endpoints not listed in
 * {@link #OPEN} must be admin-only, so a new endpoint without an explicit decision fails closed and this test says so.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class AccessMatrixTest {
    /** Endpoints that roles other than admin may call: "METHOD path" to those roles. */
    static final Map<String, Set<Role>> OPEN = Map.ofEntries(
            Map.entry("GET /api/v1/exercises", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/exercises/{id}", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("POST /api/v1/submissions", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/submissions", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/submissions/{id}", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/me", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/me/leaderboard", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("PUT /api/v1/me/leaderboard", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("DELETE /api/v1/me/leaderboard", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/exercises/{id}/leaderboard", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("POST /api/v1/sessions", Set.of(Role.INSTRUCTOR)));
    /** Endpoints anyone may read without credentials: what an LMS admin pastes when registering the tool. */
    static final Set<String> PUBLIC = Set.of("GET /api/v1/lti/tool");
    /** The endpoints of this module's own packages, which the admin must also be let through. */
    static final Set<String> OWN_PREFIXES =
            Set.of("/api/v1/exercises", "/api/v1/submissions", "/api/v1/me", "/api/v1/sessions", "/api/v1/admin/");

    /**
     * One dynamic test per endpoint and caller. A factory rather than a parameter source: the endpoints come from the
     * running application's OpenAPI document, which is only reachable once a test runs.
     */
    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesNoCredentialsBadCredentialsAndWrongRoles() throws Exception {
        Map<Role, String> tokens = Map.of(
                Role.LEARNER, Keys.session("matrix-learner", "course-m"),
                Role.INSTRUCTOR,
                        Keys.create("instructor", "matrix-instructor", "course-m")
                                .key(),
                Role.ADMIN, Api.ADMIN_KEY);
        List<String> endpoints = endpoints();
        assertThat(endpoints)
                .contains(
                        "POST /api/v1/submissions",
                        "GET /api/v1/admin/api-keys",
                        "DELETE /api/v1/admin/api-keys/{id}",
                        "GET /api/v1/admin/webhooks",
                        "GET /api/v1/admin/dead-letters",
                        "POST /api/v1/admin/dead-letters/{topic}/{partition}/{offset}/redrive",
                        "POST /api/v1/admin/regrades/{id}/confirm");
        assertThat(endpoints).containsAll(OPEN.keySet()).containsAll(PUBLIC);
        return endpoints.stream()
                .flatMap(endpoint -> PUBLIC.contains(endpoint)
                        ? Stream.of(DynamicTest.dynamicTest(
                                "public: " + endpoint,
                                () -> assertThat(call(Api.anonymous(), endpoint).statusCode())
                                        .isEqualTo(200)))
                        : Stream.of(
                                DynamicTest.dynamicTest(
                                        "no credentials: " + endpoint, () -> noCredentialsIs401(endpoint)),
                                DynamicTest.dynamicTest(
                                        "bad credentials: " + endpoint, () -> badCredentialsAre401(endpoint)),
                                DynamicTest.dynamicTest(
                                        "roles: " + endpoint, () -> rolesAreEnforced(endpoint, tokens))));
    }

    private static void noCredentialsIs401(String endpoint) {
        Response response = call(Api.anonymous(), endpoint);
        assertProblem(response, 401, "https://pygrade.dev/problems/unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.jsonPath().getString("detail")).contains("needs credentials");
    }

    private static void badCredentialsAre401(String endpoint) {
        assertProblem(
                call(Api.as("pgk_unknownUnknownUnknownUnknown0123"), endpoint),
                401,
                "https://pygrade.dev/problems/unauthenticated");
        assertProblem(
                call(Api.as("eyJhbGciOiJIUzI1NiJ9.e30.forged"), endpoint),
                401,
                "https://pygrade.dev/problems/unauthenticated");
    }

    private static void rolesAreEnforced(String endpoint, Map<Role, String> tokens) {
        Set<Role> open = OPEN.getOrDefault(endpoint, Set.of());
        for (Role role : List.of(Role.LEARNER, Role.INSTRUCTOR)) {
            Response response = call(Api.as(tokens.get(role)), endpoint);
            if (open.contains(role)) {
                assertThat(response.statusCode()).as(role + " " + endpoint).isNotIn(401, 403);
            } else {
                assertProblem(response, 403, "https://pygrade.dev/problems/forbidden");
                assertThat(response.jsonPath().getString("detail"))
                        .isEqualTo("the role " + role.wire() + " may not call " + path(endpoint) + "; allowed: "
                                + allowed(open));
            }
        }
        if (OWN_PREFIXES.stream().anyMatch(path(endpoint)::startsWith)) {
            assertThat(call(Api.as(tokens.get(Role.ADMIN)), endpoint).statusCode())
                    .as("admin " + endpoint)
                    .isNotIn(401, 403);
        }
    }

    @Test
    void theOpenApiDocumentDeclaresTheSchemesAndSwaggerUiIsServed() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(Api.anonymous()
                        .queryParam("format", "json")
                        .get("/q/openapi")
                        .asString());
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.at("/bearer/type").asText()).isEqualTo("http");
        assertThat(schemes.at("/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.at("/session-cookie/in").asText()).isEqualTo("cookie");
        assertThat(schemes.at("/session-cookie/name").asText()).isEqualTo("pygrade_session");
        assertThat(document.get("security").toString()).contains("bearer");
        Api.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void aRevokedKeyIs401FromThenOn() {
        Keys.Created key = Keys.create("instructor", "soon-revoked", "course-r");
        Api.as(key.key()).get("/api/v1/me").then().statusCode(200).body("subject", equalTo("soon-revoked"));
        Api.asAdmin().delete("/api/v1/admin/api-keys/" + key.id()).then().statusCode(200);
        Api.as(key.key())
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .body("detail", equalTo("the API key is not valid or has been revoked"));
    }

    @Test
    void theSessionCookieAuthenticatesLikeTheBearerToken() {
        String token = Keys.session("cookie-learner", "course-c");
        Api.anonymous()
                .cookie("pygrade_session", token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo("cookie-learner"))
                .body("role", equalTo("learner"))
                .body("courseId", equalTo("course-c"))
                .body("via", equalTo("session"));
        Api.anonymous()
                .cookie("pygrade_session", token + "x")
                .get("/api/v1/me")
                .then()
                .statusCode(401);
    }

    private static String allowed(Set<Role> open) {
        List<String> roles = new ArrayList<>(open.stream().map(Role::wire).toList());
        roles.add(Role.ADMIN.wire());
        return String.join(", ", roles.stream().sorted().toList());
    }

    private static void assertProblem(Response response, int status, String type) {
        response.then().statusCode(status).contentType(Api.PROBLEM_JSON).body("type", equalTo(type));
    }

    /** Calls the endpoint with placeholder ids and a small JSON body: only the access decision matters here. */
    private static Response call(RequestSpecification request, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        RequestSpecification withBody = method.equals("POST") || method.equals("PUT")
                ? request.contentType(ContentType.JSON).body("{}")
                : request;
        return withBody.request(method, path(endpoint));
    }

    private static String path(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
    }

    /** Every "METHOD path" of the OpenAPI document under /api/. */
    private static List<String> endpoints() throws Exception {
        JsonNode paths = new ObjectMapper()
                .readTree(Api.anonymous()
                        .queryParam("format", "json")
                        .get("/q/openapi")
                        .asString())
                .get("paths");
        List<String> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fieldNames().forEachRemaining(m -> endpoints.add(m.toUpperCase() + " " + path.getKey()));
        }
        return endpoints.stream().sorted().toList();
    }
}
