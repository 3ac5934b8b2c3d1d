package dev.pygrade.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the OpenAPI document under {@code /api/}, called with no credentials, with a bad key, and with
 * each role that may not call it: 401 or 403 as problem+json, never the endpoint's work. Endpoints not listed in
 * {@link #OPEN} must be admin-only, so a new endpoint without an explicit decision fails closed and this test says so.
 * Every role is tried in the course of the data, in another course and without a course; the endpoints that act on
 * a learner's data are then called on a real submission by each of those callers ({@link #courseBoundEndpoints}).
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class AccessMatrixTest {
    /** Endpoints that roles other than admin may call: "METHOD path" to those roles. */
    static final Map<String, Set<Role>> OPEN = Map.ofEntries(
            Map.entry("GET /api/v1/exercises", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/exercises/{id}", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("POST /api/v1/submissions", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/submissions", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/submissions/{id}", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
            Map.entry("GET /api/v1/submissions/{id}/events", Set.of(Role.LEARNER, Role.INSTRUCTOR)),
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
        Map<Caller, String> tokens = callers("matrix-learner", "course-m");
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

    /**
     * The role decision does not depend on the caller's course: each role is tried in the data's course, in another
     * and without one. The one exception is the course check of an endpoint that needs the caller's course (see
     * {@link #NEEDS_A_COURSE}).
     */
    private static void rolesAreEnforced(String endpoint, Map<Caller, String> tokens) {
        Set<Role> open = OPEN.getOrDefault(endpoint, Set.of());
        for (Caller caller : tokens.keySet()) {
            if (caller.role() == Role.ADMIN) {
                continue;
            }
            Response response = call(Api.as(tokens.get(caller)), endpoint);
            String needsACourse =
                    caller.course() == CourseRelation.NONE ? NEEDS_A_COURSE.get(caller.role() + " " + endpoint) : null;
            if (needsACourse != null) {
                assertProblem(response, 403, "https://pygrade.dev/problems/forbidden");
                assertThat(response.jsonPath().getString("detail"))
                        .as(caller + " " + endpoint)
                        .isEqualTo(needsACourse);
            } else if (open.contains(caller.role())) {
                assertThat(response.statusCode()).as(caller + " " + endpoint).isNotIn(401, 403);
            } else {
                assertProblem(response, 403, "https://pygrade.dev/problems/forbidden");
                assertThat(response.jsonPath().getString("detail"))
                        .isEqualTo("the role " + caller.role().wire() + " may not call " + path(endpoint)
                                + "; allowed: " + allowed(open));
            }
        }
        if (OWN_PREFIXES.stream().anyMatch(path(endpoint)::startsWith)) {
            assertThat(call(Api.as(tokens.get(new Caller(Role.ADMIN, CourseRelation.NONE))), endpoint)
                            .statusCode())
                    .as("admin " + endpoint)
                    .isNotIn(401, 403);
        }
    }

    /** Where a caller stands relative to the data: in its course, in another, or in none. */
    enum CourseRelation {
        SAME,
        OTHER,
        NONE
    }

    /** A role in a course relation. Admins are global: only their course-less form is used. */
    record Caller(Role role, CourseRelation course) {
        @Override
        public String toString() {
            return role.wire() + " (" + course.name().toLowerCase() + " course)";
        }
    }

    /**
     * Learner sessions and instructor keys with {@code subject} in {@code course}, in another course and without a
     * course; and the admin key.
     */
    static Map<Caller, String> callers(String subject, String course) {
        String other = course + "-other";
        Map<Caller, String> tokens = new LinkedHashMap<>();
        tokens.put(new Caller(Role.LEARNER, CourseRelation.SAME), Keys.session(subject, course));
        tokens.put(new Caller(Role.LEARNER, CourseRelation.OTHER), Keys.session(subject, other));
        tokens.put(new Caller(Role.LEARNER, CourseRelation.NONE), Keys.session(subject, null));
        tokens.put(
                new Caller(Role.INSTRUCTOR, CourseRelation.SAME),
                Keys.create("instructor", "teacher-" + UUID.randomUUID(), course)
                        .key());
        tokens.put(
                new Caller(Role.INSTRUCTOR, CourseRelation.OTHER),
                Keys.create("instructor", "teacher-" + UUID.randomUUID(), other).key());
        tokens.put(
                new Caller(Role.INSTRUCTOR, CourseRelation.NONE),
                Keys.create("instructor", "teacher-" + UUID.randomUUID(), null).key());
        tokens.put(new Caller(Role.ADMIN, CourseRelation.NONE), Api.ADMIN_KEY);
        return tokens;
    }

    /** Endpoints that refuse a role without a course, whatever the body: "ROLE METHOD path" to the 403 detail. */
    static final Map<String, String> NEEDS_A_COURSE = Map.of(
            Role.INSTRUCTOR + " POST /api/v1/sessions",
            "an instructor key without a course has no learners and may not open sessions; use a key of the"
                    + " learner's course or an admin key");

    /**
     * The endpoints that act on a learner's data, called by every caller on a real submission of learner L in course
     * M: reading it, listing L's submissions, submitting for L in M, opening a session for L in M. Expected: L in M,
     * M's instructors and admins act; L's namesakes in another course or none and other instructors do not.
     */
    @TestFactory
    Stream<DynamicTest> courseBoundEndpoints() {
        String course = "course-" + UUID.randomUUID();
        String learner = "owner-" + UUID.randomUUID();
        Map<Caller, String> tokens = callers(learner, course);
        String id = Api.submit(tokens.get(new Caller(Role.LEARNER, CourseRelation.SAME)), Api.GRID, "x = 1\n");
        Map<String, String> onBehalf =
                Map.of("exerciseId", Api.GRID, "source", "x = 2\n", "learner", learner, "courseId", course);
        Map<String, String> session = Map.of("learner", learner, "courseId", course);
        return tokens.entrySet().stream().flatMap(entry -> {
            Caller caller = entry.getKey();
            String token = entry.getValue();
            boolean actsOnL = caller.course() == CourseRelation.SAME || caller.role() == Role.ADMIN;
            boolean mayOpenSessions = actsOnL && caller.role() != Role.LEARNER;
            return Stream.of(
                    DynamicTest.dynamicTest(
                            caller + ": GET /api/v1/submissions/{id}",
                            () -> Api.as(token)
                                    .get(Api.SUBMISSIONS + "/" + id)
                                    .then()
                                    .statusCode(actsOnL ? 200 : 404)),
                    DynamicTest.dynamicTest(caller + ": GET /api/v1/submissions?learner=L", () -> {
                        List<String> ids = Api.as(token)
                                .queryParam("learner", learner)
                                .get(Api.SUBMISSIONS)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("submissions.id");
                        if (actsOnL) {
                            assertThat(ids).contains(id);
                        } else {
                            assertThat(ids).doesNotContain(id);
                        }
                    }),
                    DynamicTest.dynamicTest(
                            caller + ": POST /api/v1/submissions for L in M",
                            () -> Api.as(token)
                                    .contentType(ContentType.JSON)
                                    .body(onBehalf)
                                    .post(Api.SUBMISSIONS)
                                    .then()
                                    .statusCode(actsOnL ? 202 : 403)),
                    DynamicTest.dynamicTest(
                            caller + ": POST /api/v1/sessions for L in M",
                            () -> Api.as(token)
                                    .contentType(ContentType.JSON)
                                    .body(session)
                                    .post("/api/v1/sessions")
                                    .then()
                                    .statusCode(mayOpenSessions ? 200 : 403)));
        });
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
