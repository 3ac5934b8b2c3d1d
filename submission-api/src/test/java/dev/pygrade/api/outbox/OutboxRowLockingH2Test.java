package dev.pygrade.api.outbox;

import dev.pygrade.api.local.LocalH2Profile;
import dev.pygrade.testkit.KafkaTestResource;
import dev.pygrade.testkit.NeedsInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code FOR UPDATE SKIP LOCKED} on H2 2.x in PostgreSQL mode, as the local profile runs it. H2 applies the LIMIT
 * before it skips locked rows, so the second publisher gets nothing rather than the next row: it still never takes
 * a locked row and never waits. That is enough here: an H2 file database admits one process, hence one instance.
 */
@QuarkusTest
@TestProfile(LocalH2Profile.class)
@WithTestResource(KafkaTestResource.class)
@NeedsInfrastructure
class OutboxRowLockingH2Test extends OutboxRowLockingTests {
    @Override
    boolean skipsToTheNextRow() {
        return false;
    }
}
