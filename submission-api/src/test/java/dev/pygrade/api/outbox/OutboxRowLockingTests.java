package dev.pygrade.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two publishers (two API instances) at the same time: the second must skip the rows the first has locked, neither
 * publishing them twice nor waiting for the first. Run against PostgreSQL and against H2 by the subclasses.
 */
abstract class OutboxRowLockingTests {

    @Test
    void aSecondPublisherSkipsTheRowsTheFirstHoldsInsteadOfWaiting() throws Exception {
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null")) == 0);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        // Written without the commit wake-up, and marked published below: the relay never sends them.
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent.of("pygrade.test.locking", first, "{}").persist();
            OutboxEvent.of("pygrade.test.locking", second, "{}").persist();
        });

        CountDownLatch firstHoldsItsRow = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> publisherA =
                    pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                        List<OutboxEvent> rows = OutboxEvent.lockOldestUnpublished(1);
                        firstHoldsItsRow.countDown();
                        secondIsDone.await(10, TimeUnit.SECONDS); // hold the lock while B looks
                        rows.forEach(OutboxEvent::published);
                        return keys(rows);
                    }));
            assertThat(firstHoldsItsRow.await(10, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            List<String> publisherB = QuarkusTransaction.requiringNew().call(() -> {
                List<OutboxEvent> rows = OutboxEvent.lockOldestUnpublished(1);
                rows.forEach(OutboxEvent::published);
                return keys(rows);
            });
            Duration tookB = Duration.ofNanos(System.nanoTime() - start);
            secondIsDone.countDown();

            assertThat(publisherA.get(20, TimeUnit.SECONDS)).containsExactly(first);
            assertThat(publisherB).as("B never takes A's row").doesNotContain(first);
            assertThat(tookB).as("B must not wait for A's lock").isLessThan(Duration.ofSeconds(2));
            if (skipsToTheNextRow()) {
                assertThat(publisherB).containsExactly(second);
            } else {
                assertThat(publisherB).isEmpty();
            }
        } finally {
            secondIsDone.countDown();
            pool.shutdownNow();
        }
    }

    /** Whether the database applies LIMIT after skipping locked rows, so that B gets the next row. */
    abstract boolean skipsToTheNextRow();

    private static List<String> keys(List<OutboxEvent> rows) {
        return rows.stream().map(row -> row.messageKey).toList();
    }
}
