package dev.pygrade.e2e.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The load programs' way into a running Pygrade: its public HTTP API only, with an instructor key of their own. */
final class StackClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private String key;

    StackClient(String url) {
        this.url = url;
    }

    /** Creates an instructor API key for this run, rate-limited far above any burst, and uses it from then on. */
    void useInstructorKey(String adminKey, String name) throws IOException {
        String body = JSON.createObjectNode()
                .put("name", name)
                .put("role", "instructor")
                .put("courseId", "load")
                .put("rateLimitPerMinute", 1_000_000)
                .toString();
        key = adminKey;
        HttpResponse<String> response = send(post("/api/v1/admin/api-keys", body));
        if (response == null || response.statusCode() != 201) {
            throw new IllegalStateException("could not create an API key for the load: "
                    + (response == null ? "no answer" : response.statusCode() + " " + response.body()));
        }
        key = JSON.readTree(response.body()).get("key").asText();
    }

    /** POSTs a submission of {@code source} for {@code learner}; null when the API could not be reached. */
    HttpResponse<String> submit(String exerciseId, String source, String learner) {
        return send(post(
                "/api/v1/submissions",
                JSON.createObjectNode()
                        .put("exerciseId", exerciseId)
                        .put("source", source)
                        .put("learner", learner)
                        .toString()));
    }

    /** The submission as it is now, or after up to {@code waitSeconds} for its result (0–60); null if unreachable. */
    JsonNode submission(String id, int waitSeconds) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(url + "/api/v1/submissions/" + id + (waitSeconds > 0 ? "?wait=" + waitSeconds : "")))
                .GET());
        return response == null || response.statusCode() != 200 ? null : JSON.readTree(response.body());
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.header("Authorization", "Bearer " + key)
                            .timeout(Duration.ofSeconds(90))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static boolean isFinal(JsonNode submission) {
        String status = submission.get("status").asText();
        return status.equals("graded") || status.equals("error");
    }

    /** The value at quantile {@code p} (0–1) of ascending {@code sorted}, nearest rank. */
    static double percentile(List<Double> sorted, double p) {
        return sorted.get((int) Math.max(0, Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)));
    }

    /** {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
