package dev.pygrade.api.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.pygrade.api.testing.Api;
import dev.pygrade.api.testing.Grader;
import dev.pygrade.api.testing.Keys;
import dev.pygrade.api.testing.Sql;
import dev.pygrade.api.testing.WebhookReceiver;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Regression tests of issue 13's third finding, blind SSRF through {@code callbackUrl}: every spelling of an internal
 * address, and a name that resolves to one, is refused when the URL is submitted (400) and again when the webhook is
 * sent, where the delivery then says only {@code refused: <class> address}. The test profile allow-lists 127.0.0.2
 * alone (the other tests' receivers), so 127.0.0.1 and the rest of loopback stay refused here.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class OutboundRequestsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int MANAGEMENT_PORT =
            ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);

    @Inject
    DataSource dataSource;

    /** The reported targets and every other spelling of an internal address, with the class each must be named. */
    static final Map<String, String> INTERNAL = Map.ofEntries(
            Map.entry("http://127.0.0.1:" + MANAGEMENT_PORT + "/q/metrics", "127.0.0.1 is a loopback address"),
            Map.entry("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
            Map.entry("http://[::1]:8080/", "[::1] is a loopback address"),
            Map.entry("http://0x7f000001/", "0x7f000001 is a loopback address"),
            Map.entry("http://2130706433/", "2130706433 is a loopback address"),
            Map.entry("http://017700000001/", "017700000001 is a loopback address"),
            Map.entry("http://0177.0.0.1/", "0177.0.0.1 is a loopback address"),
            Map.entry("http://[::ffff:127.0.0.1]/", "[::ffff:127.0.0.1] is a loopback address"),
            Map.entry("http://[::ffff:7f00:1]/", "[::ffff:7f00:1] is a loopback address"),
            Map.entry("http://[fd00::1]/", "[fd00::1] is a unique local address"),
            Map.entry("http://10.0.0.1/", "10.0.0.1 is a private address"),
            Map.entry("http://172.16.0.1/", "172.16.0.1 is a private address"),
            Map.entry("http://192.168.0.1/", "192.168.0.1 is a private address"),
            Map.entry("http://100.64.0.1/", "100.64.0.1 is a shared (carrier-grade NAT) address"),
            Map.entry("http://0.0.0.0:" + MANAGEMENT_PORT + "/", "0.0.0.0 is an unspecified address"),
            Map.entry("http://224.0.0.1/", "224.0.0.1 is a multicast address"),
            Map.entry(
                    "http://localhost:" + MANAGEMENT_PORT + "/q/metrics",
                    "'localhost' resolves to a loopback address"));

    @TestFactory
    Stream<DynamicTest> aLearnerKeysCallbackUrlToAnInternalAddressIsRefusedWith400() {
        String course = "course-" + UUID.randomUUID();
        String learner = "learner-" + UUID.randomUUID();
        String key = Keys.create("learner", learner, course).key();
        return INTERNAL.entrySet().stream()
                .map(target -> DynamicTest.dynamicTest(target.getKey(), () -> {
                    String problem = "is refused: " + target.getValue()
                            + "; Pygrade calls public addresses only unless an admin allow-lists the target";
                    submit(key, target.getKey())
                            .then()
                            .statusCode(400)
                            .contentType(Api.PROBLEM_JSON)
                            .body("type", equalTo("https://pygrade.dev/problems/refused-callback-url"))
                            .body("detail", equalTo("callbackUrl '" + target.getKey() + "' " + problem))
                            .body("errors[0].field", equalTo("callbackUrl"))
                            .body("errors[0].message", equalTo("callbackUrl " + problem));
                    assertThat(Api.as(key).get(Api.SUBMISSIONS).jsonPath().getList("submissions"))
                            .isEmpty();
                }));
    }

    @Test
    void aHostThatIsNoHostForJavaIsRefusedAsMalformed() {
        String key = Keys.create("learner", "learner-" + UUID.randomUUID(), "course-m")
                .key();
        submit(key, "http://127.1/")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("callbackUrl"))
                .body("errors[0].message", equalTo("callbackUrl must name a host: 'http://127.1/'"));
    }

    @Test
    void anApiKeysWebhookUrlToAnInternalAddressIsRefused() {
        Api.asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "internal", "role", "instructor", "webhookUrl", "http://[::ffff:a9fe:a9fe]/"))
                .post("/api/v1/admin/api-keys")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("webhookUrl")))
                .body(
                        "errors[0].message",
                        equalTo("webhookUrl is refused: [::ffff:a9fe:a9fe] is a link-local address; Pygrade calls"
                                + " public addresses only unless an admin allow-lists the target"));
    }

    /**
     * A callback stored before this check existed, or whose name now resolves elsewhere: at send time a loopback
     * receiver is not called, the management port is not probed, and the delivery fails at once saying only the
     * address class (no status code, no connection error).
     */
    @Test
    void aStoredInternalCallbackIsRefusedAtSendTimeAndSaysOnlyItsClass() {
        try (WebhookReceiver forbidden = new WebhookReceiver(0, "127.0.0.1");
                Grader grader = new Grader(KafkaBroker.shared().bootstrapServers())) {
            Keys.Created lms = Keys.create("instructor", "lms-" + UUID.randomUUID(), "course-ssrf");
            String receiverPort = forbidden.url().replaceAll(".*:(\\d+)/.*", "$1");
            List<String> stored = List.of(
                    "http://localhost:" + receiverPort + "/hook",
                    "http://127.0.0.1:" + MANAGEMENT_PORT + "/q/metrics",
                    "http://0x7f000001:" + receiverPort + "/hook");
            List<String> ids = stored.stream()
                    .map(url -> {
                        String id = Api.as(lms.key())
                                .contentType(ContentType.JSON)
                                .body(Map.of("exerciseId", Api.GRID, "source", "x = 1\n", "learner", "l1"))
                                .post(Api.SUBMISSIONS)
                                .then()
                                .statusCode(202)
                                .extract()
                                .path("id");
                        new Sql(dataSource)
                                .update(
                                        "update submission set callback_url = ? where id = ?",
                                        url,
                                        UUID.fromString(id));
                        grader.complete(id, 1, GradingStatus.PASSED, 4.0);
                        return id;
                    })
                    .toList();

            await().atMost(WAIT)
                    .until(() -> deliveries("failed").getList("submissionId").containsAll(ids));
            JsonPath failed = deliveries("failed");
            for (String id : ids) {
                String row = "find { it.submissionId == '" + id + "' }";
                assertThat(failed.getString(row + ".lastError")).isEqualTo("refused: loopback address");
                assertThat(failed.get(row + ".lastStatusCode") == null).isTrue();
                assertThat(failed.getInt(row + ".tries")).isEqualTo(1);
            }
            assertThat(forbidden.calls()).isEmpty();
        }
    }

    private static Response submit(String key, String callbackUrl) {
        return Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("exerciseId", Api.GRID, "source", "x = 1\n", "callbackUrl", callbackUrl))
                .post(Api.SUBMISSIONS);
    }

    private static JsonPath deliveries(String status) {
        return Api.asAdmin()
                .queryParam("status", status)
                .get("/api/v1/admin/webhooks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
