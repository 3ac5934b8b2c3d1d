package dev.pygrade.api.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.hamcrest.Matcher;

/** The public API as a client uses it, for tests that need a submission to exist. */
public final class Api {
    public static final String GRID = "grid-without-aliasing";
    public static final String SUBMISSIONS = "/api/v1/submissions";
    public static final Matcher<String> PROBLEM_JSON = matchesPattern("application/problem\\+json(;.*)?");

    private Api() {}

    /** POSTs a valid submission and returns its id. */
    public static String submit(String exerciseId, String source) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("exerciseId", exerciseId, "source", source))
                .post(SUBMISSIONS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    public static JsonPath get(String id) {
        return given().get(SUBMISSIONS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
