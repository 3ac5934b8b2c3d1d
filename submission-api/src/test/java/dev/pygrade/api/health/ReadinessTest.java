package dev.pygrade.api.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import dev.pygrade.api.testing.Management;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * /q/health/ready, on the management port, reflects the database (the datasource extension) and Kafka (the
 * messaging channels).
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class ReadinessTest {
    private static final String DATABASE = "Database connections health check";
    private static final String MESSAGING = "SmallRye Reactive Messaging - readiness check";
    /** Quarkus's check that turns DOWN on SIGTERM (quarkus.shutdown.delay-enabled). */
    private static final String SHUTDOWN = "Graceful Shutdown";

    @Test
    void readyWithTheDatabaseAndTheKafkaChannels() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        given().get(Management.url("/q/health/ready")).then().statusCode(200));

        given().get(Management.url("/q/health/ready"))
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(check(DATABASE) + ".status", equalTo("UP"))
                .body(check(MESSAGING) + ".status", equalTo("UP"))
                .body(check(MESSAGING) + ".data", hasKey("results"))
                .body(check(MESSAGING) + ".data", hasKey("submissions"))
                .body(check(SHUTDOWN) + ".status", equalTo("UP"));
    }

    @Test
    void healthIsNotServedOnThePublicPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
    }

    private static String check(String name) {
        return "checks.find { it.name == '" + name + "' }";
    }
}
