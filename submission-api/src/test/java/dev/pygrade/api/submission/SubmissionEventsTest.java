package dev.pygrade.api.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Grader;
import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingStarted;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/submissions/{id}/events}: the submission's status as server-sent events, on a real broker. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class SubmissionEventsTest {
    private static final String SOURCE = "def make_grid(rows, cols, fill):\n    return []\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource(Api.SUBMISSIONS)
    URI submissions;

    @Inject
    SubmissionStreams streams;

    private final HttpClient http = HttpClient.newHttpClient();
    private KafkaProducer<String, String> producer;
    private Grader grader;

    @BeforeEach
    void clients() {
        KafkaTestClients.ensureTopics(KafkaBroker.shared().bootstrapServers());
        producer = KafkaTestClients.producer(KafkaBroker.shared().bootstrapServers());
        grader = new Grader(KafkaBroker.shared().bootstrapServers());
    }

    @AfterEach
    void close() {
        producer.close();
        grader.close();
    }

    @Test
    void aStreamCarriesEveryStatusChangeAndEndsOnceGraded() throws Exception {
        String id = Api.submit(Api.GRID, SOURCE);
        EventStream stream = open(id, Api.ADMIN_KEY);
        assertThat(stream.response.statusCode()).isEqualTo(200);
        assertThat(stream.response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(stream.next().path("status").asText()).isEqualTo("queued");
        await().atMost(PATIENCE).until(() -> streams.openStreams() == 1);

        producer.send(new ProducerRecord<>(
                        Topics.RESULTS, id, ContractJson.write(GradingStarted.of(id, 1, "events-test-grader"))))
                .get(30, TimeUnit.SECONDS);
        assertThat(stream.next().path("status").asText()).isEqualTo("running");

        grader.complete(id, 1, GradingStatus.FAILED, 3.0);
        JsonNode graded = stream.next();
        assertThat(graded.path("status").asText()).isEqualTo("graded");
        assertThat(graded.path("result").path("score").asDouble()).isEqualTo(3.0);
        assertThat(stream.ended())
                .as("the stream ends once the submission is graded")
                .isTrue();
        assertThat(stream.events).isEmpty();
        await().atMost(PATIENCE).until(() -> streams.openStreams() == 0);
    }

    @Test
    void aGradedSubmissionsStreamHoldsOneEventAndEnds() throws Exception {
        String id = Api.submit(Api.GRID, SOURCE);
        grader.complete(id, 1, GradingStatus.PASSED, 4.0);
        await().atMost(PATIENCE).until(() -> Api.get(id).getString("status").equals("graded"));

        EventStream stream = open(id, Api.ADMIN_KEY);
        assertThat(stream.next().path("result").path("score").asDouble()).isEqualTo(4.0);
        assertThat(stream.ended()).isTrue();
        assertThat(stream.events).isEmpty();
    }

    @Test
    void someoneElsesOrAnUnknownSubmissionIs404ProblemJsonAndOpensNoStream() throws Exception {
        String course = "course-" + UUID.randomUUID();
        String id = Api.submit(Keys.session("alice-" + UUID.randomUUID(), course), Api.GRID, SOURCE);
        String mallory = Keys.session("mallory-" + UUID.randomUUID(), course);
        for (String target : List.of(id, UUID.randomUUID().toString(), "not-a-uuid")) {
            HttpResponse<String> answer = http.send(request(target, mallory), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(target).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(URI.create(submissions + "/" + id + "/events"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(streams.openStreams()).isZero();
    }

    private HttpRequest request(String id, String token) {
        return HttpRequest.newBuilder(URI.create(submissions + "/" + id + "/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private EventStream open(String id, String token) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<?>> response = http.sendAsync(
                        request(id, token), HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> {
                    // Read on another thread: the stream stays open until the server ends it.
                    CompletableFuture.runAsync(() -> {
                        r.body().forEach(lines::add);
                        lines.add(EventStream.END);
                    });
                    return r;
                });
        return new EventStream(response.get(30, TimeUnit.SECONDS), lines);
    }

    /** The events read so far from one open stream; each {@code data:} line is a submission as JSON. */
    private static final class EventStream {
        private static final String END = "\u0000end";
        private final HttpResponse<?> response;
        private final BlockingQueue<String> lines;
        private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

        private EventStream(HttpResponse<?> response, BlockingQueue<String> lines) {
            this.response = response;
            this.lines = lines;
        }

        /** The next event's data, waiting for it; fails if the stream ends first or nothing comes. */
        JsonNode next() throws Exception {
            while (events.isEmpty()) {
                String line = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertThat(line).as("an event within " + PATIENCE).isNotNull().isNotEqualTo(END);
                read(line);
            }
            return events.poll();
        }

        /** True once the server ended the stream (waits for it); events that came before the end are kept. */
        boolean ended() throws Exception {
            while (true) {
                String line = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                if (line == null) {
                    return false;
                }
                if (line.equals(END)) {
                    return true;
                }
                read(line);
            }
        }

        private void read(String line) throws Exception {
            if (line.startsWith("data:")) {
                events.add(JSON.readTree(line.substring("data:".length()).strip()));
            }
        }
    }
}
