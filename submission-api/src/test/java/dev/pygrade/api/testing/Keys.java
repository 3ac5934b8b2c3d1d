package dev.pygrade.api.testing;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** API keys and learner sessions made through the admin API, as an operator or an LMS would. */
public final class Keys {
    private Keys() {}

    /** A created key: its value, id and webhook secret. */
    public record Created(String key, String id, String webhookSecret) {}

    public static Created create(String role, String subject, String courseId) {
        return create(role, subject, courseId, null, null);
    }

    public static Created create(String role, String subject, String courseId, String webhookUrl, Integer perMinute) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "test-" + role + "-" + subject);
        body.put("role", role);
        body.put("subject", subject);
        body.put("courseId", courseId);
        body.put("webhookUrl", webhookUrl);
        body.put("rateLimitPerMinute", perMinute);
        JsonPath created = Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/admin/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Created(
                created.getString("key"), created.getString("apiKey.id"), created.getString("webhookSecret"));
    }

    /** A learner session token, opened with the admin key. */
    public static String session(String learner, String courseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("learner", learner);
        body.put("courseId", courseId);
        return Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/sessions")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }
}
