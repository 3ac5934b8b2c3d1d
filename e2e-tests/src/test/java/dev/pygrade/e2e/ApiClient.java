package dev.pygrade.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/** The public HTTP API, as a learner's browser or an LMS uses it. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String key;

    /** @param key the API key (or session token) sent as the bearer credential */
    ApiClient(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    /** POSTs a submission; asserts 202 and returns its id. */
    String submit(String exerciseId, Map<String, String> files) {
        HttpResponse<String> response = trySubmit(exerciseId, files);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = read(response.body()).get("id").asText();
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/submissions/" + id));
        return id;
    }

    /** POSTs a submission and returns the response, whatever it is. */
    HttpResponse<String> trySubmit(String exerciseId, Map<String, String> files) {
        return post(
                "/api/v1/submissions",
                JSON.createObjectNode()
                        .put("exerciseId", exerciseId)
                        .set("files", JSON.valueToTree(files))
                        .toString());
    }

    JsonNode submission(String id) {
        HttpResponse<String> response = get("/api/v1/submissions/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** Waits until the submission is graded (or ended in error) and returns it. */
    JsonNode awaitGraded(String id, Duration timeout) {
        return Awaitility.await()
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> submission(id), s -> {
                    String status = s.get("status").asText();
                    return status.equals("graded") || status.equals("error");
                });
    }

    /** Waits until the submission has the given status (queued, running, graded, error) and returns it. */
    JsonNode awaitStatus(String id, String status, Duration timeout) {
        return Awaitility.await()
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> submission(id), s -> s.get("status").asText().equals(status));
    }

    /**
     * Waits until the submission is graded and asserts it was graded exactly once: one published attempt, the
     * first, with the expected result status.
     */
    JsonNode awaitGradedOnce(String id, String resultStatus, Duration timeout) {
        JsonNode graded = awaitGraded(id, timeout);
        assertThat(graded.get("status").asText()).as(id).isEqualTo("graded");
        assertThat(graded.at("/result/status").asText()).as(id).isEqualTo(resultStatus);
        assertThat(graded.get("attempt").asInt()).as(id).isEqualTo(1);
        assertThat(graded.get("attempts")).as(id + " attempts").hasSize(1);
        return graded;
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
