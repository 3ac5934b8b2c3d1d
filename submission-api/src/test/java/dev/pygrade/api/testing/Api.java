package dev.pygrade.api.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.hamcrest.Matcher;

/** The public API as a client uses it, for tests that need a submission to exist. */
public final class Api {
    public static final String GRID = "grid-without-aliasing";
    public static final String SUBMISSIONS = "/api/v1/submissions";
    public static final Matcher<String> PROBLEM_JSON = matchesPattern("application/problem\\+json(;.*)?");
    /** The admin key the test profile bootstraps ({@code %test.pygrade.auth.bootstrap-key}). */
    public static final String ADMIN_KEY = "pgk_test-admin-key-00000000000000000000000";

    private Api() {}

    /** A request with the test profile's admin API key. */
    public static RequestSpecification asAdmin() {
        return as(ADMIN_KEY);
    }

    /** A request with {@code Authorization: Bearer <token>} (an API key or a session token). */
    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A request with no credentials at all. */
    public static RequestSpecification anonymous() {
        return given();
    }

    /** POSTs a valid submission as the admin and returns its id. */
    public static String submit(String exerciseId, String source) {
        return submit(ADMIN_KEY, exerciseId, source);
    }

    /** POSTs a valid submission with {@code token} and returns its id. */
    public static String submit(String token, String exerciseId, String source) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", exerciseId, "source", source))
                .post(SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    public static JsonPath get(String id) {
        return asAdmin()
                .get(SUBMISSIONS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
