package dev.pygrade.e2e;

import dev.pygrade.testkit.DockerEngine;
import dev.pygrade.testkit.KafkaBroker;
import dev.pygrade.testkit.PostgresServer;
import dev.pygrade.testkit.RepositoryRoot;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The whole of Pygrade on real parts: a Kafka broker, PostgreSQL, grader-service and submission-api as
 * processes, the local Docker engine with the real sandbox image. One stack per test JVM.
 */
final class Stack {
    private static Stack shared;
    /** The admin API key the API creates at start (pygrade.auth.bootstrap-key). */
    static final String ADMIN_KEY =
            "pgk_e2e-admin-" + UUID.randomUUID().toString().replace("-", "");

    final KafkaBroker kafka;
    final PostgresServer postgres;
    final ServiceProcess grader;
    final ServiceProcess api;

    private Stack() {
        String image = DockerEngine.sandboxImage();
        kafka = KafkaBroker.shared();
        postgres = PostgresServer.shared();
        grader = newGrader("e2e-grader-1", image).start();
        api = new ServiceProcess("submission-api", "submission-api", apiProperties(), true).start();
    }

    static synchronized Stack shared() {
        if (shared == null) {
            shared = new Stack();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.api.stop();
                shared.grader.stop();
            }));
        }
        return shared;
    }

    /** Stops the shared stack's services gracefully, if a test started it (the shutdown hook then has nothing to do). */
    static synchronized void stopShared() {
        if (shared != null) {
            shared.api.stop();
            shared.grader.stop();
        }
    }

    ApiClient client() {
        return new ApiClient(api.baseUrl(), ADMIN_KEY);
    }

    /** The API's management port: health and metrics. */
    ApiClient management() {
        return new ApiClient(api.managementUrl(), ADMIN_KEY);
    }

    /** The label of the first grader's sandbox containers. */
    String graderLabel() {
        return "pygrade.instance=e2e-grader-1";
    }

    /** Another grader process in the same consumer group (not started). */
    ServiceProcess newGrader(String instanceId, String image) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.put(
                "pygrade.exercises.root",
                RepositoryRoot.get().resolve("exercises").toString());
        properties.put("pygrade.grader.instance-id", instanceId);
        properties.put("pygrade.sandbox.image", image);
        // runc: these tests are about the path a submission travels and survives, and gVisor makes each grading
        // ~4x slower here; the sandbox under gVisor is tested in grader-service (hostile submissions, catalog).
        properties.put("pygrade.sandbox.runtime", "runc");
        return new ServiceProcess(instanceId, "grader-service", properties);
    }

    private Map<String, String> apiProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        properties.put("quarkus.datasource.username", PostgresServer.USER);
        properties.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        properties.put(
                "pygrade.exercises.root",
                RepositoryRoot.get().resolve("exercises").toString());
        properties.put("pygrade.auth.bootstrap-key", ADMIN_KEY);
        // Bursts of hundreds of submissions from one key and learner: the limits are not what these tests test.
        for (String bucket : new String[] {"per-learner", "per-key"}) {
            properties.put("pygrade.rate-limit." + bucket + ".per-minute", "100000");
            properties.put("pygrade.rate-limit." + bucket + ".burst", "100000");
        }
        properties.put("pygrade.auth.session-secret", "e2e-session-secret-" + UUID.randomUUID());
        return properties;
    }
}
