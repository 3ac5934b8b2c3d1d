package dev.pygrade.grader.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** /q/health/ready reflects Kafka (the messaging channels) and the Docker engine with the sandbox image. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@NeedsInfrastructure
class ReadinessTest {
    private static final String MESSAGING = "SmallRye Reactive Messaging - readiness check";
    /** Quarkus's check that turns DOWN on SIGTERM (quarkus.shutdown.delay-enabled); GraderShutdownE2ETest sees it. */
    private static final String SHUTDOWN = "Graceful Shutdown";

    @Test
    void readyWithTheEngineAndItsSandboxImageAndTheKafkaChannels() {
        String image = DockerEngine.sandboxImage();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));

        JsonPath ready = given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(check(DockerEngineCheck.NAME) + ".status", equalTo("UP"))
                .body(check(DockerEngineCheck.NAME) + ".data.image", equalTo(image))
                .body(check(DockerEngineCheck.NAME) + ".data.imageId", startsWith("sha256:"))
                .body(check(MESSAGING) + ".status", equalTo("UP"))
                .body(check(MESSAGING) + ".data", hasKey("submissions"))
                .body(check(MESSAGING) + ".data", hasKey("results"))
                .body(check(SHUTDOWN) + ".status", equalTo("UP"))
                .extract()
                .jsonPath();
        assertThat(ready.getList("checks.name", String.class)).contains(DockerEngineCheck.NAME, MESSAGING);
    }

    @Test
    void livenessStaysCheapAndDoesNotAskTheEngine() {
        List<String> live = given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .extract()
                .jsonPath()
                .getList("checks.name", String.class);
        assertThat(live).doesNotContain(DockerEngineCheck.NAME);
    }

    @Test
    void aMissingSandboxImageIsNotReady() throws IOException {
        DockerEngineCheck check = new DockerEngineCheck("unix:///var/run/docker.sock", "pygrade-no-such-image:none");
        try {
            HealthCheckResponse response = check.call();
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData().orElseThrow().get("error").toString()).contains("sandbox image is missing");
        } finally {
            check.close();
        }
    }

    @Test
    void anUnreachableEngineIsNotReady() throws IOException {
        DockerEngineCheck check =
                new DockerEngineCheck("unix:///tmp/pygrade-no-such-docker.sock", "pygrade-python:latest");
        try {
            HealthCheckResponse response = check.call();
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData().orElseThrow().get("error").toString()).startsWith("engine unreachable");
        } finally {
            check.close();
        }
    }

    private static String check(String name) {
        return "checks.find { it.name == '" + name + "' }";
    }
}
