package dev.pygrade.api.outbox;

import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import dev.pygrade.testkit.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code FOR UPDATE SKIP LOCKED} on PostgreSQL: a second instance publishes the next rows meanwhile. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@NeedsInfrastructure
class OutboxRowLockingPostgresTest extends OutboxRowLockingTests {
    @Override
    boolean skipsToTheNextRow() {
        return true;
    }
}
