package dev.pygrade.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus test at the shared real PostgreSQL cluster of the test JVM. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.shared();
        return Map.of(
                "quarkus.datasource.db-kind",
                "postgresql",
                "quarkus.datasource.jdbc.url",
                server.jdbcUrl(),
                "quarkus.datasource.username",
                PostgresServer.USER,
                "quarkus.datasource.password",
                PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        // Shared for the JVM; a shutdown hook stops it.
    }
}
