package dev.pygrade.api.outbox;

import dev.pygrade.api.config.PygradeConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes one batch of outbox rows: locks the oldest unpublished rows, sends them to Kafka in id order, waits for
 * the broker's acknowledgements and marks only the acknowledged rows published, all in one transaction. A crash
 * after sending and before commit sends the rows again later: at-least-once, which the consumers tolerate.
 */
@ApplicationScoped
public class OutboxPublisher {
    private final MutinyEmitter<String> emitter;
    private final PygradeConfig config;

    public OutboxPublisher(@Channel("submissions") MutinyEmitter<String> emitter, PygradeConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    @Transactional
    public BatchOutcome publishBatch(int limit) throws InterruptedException {
        List<OutboxEvent> rows = OutboxEvent.lockOldestUnpublished(limit);
        if (rows.isEmpty()) {
            return BatchOutcome.EMPTY;
        }
        // Hand the records to Kafka with our transaction suspended (its row locks stay held): otherwise context
        // propagation carries the transaction onto the Kafka thread that acknowledges, and the commit fails
        // ("multiple threads active") after the broker already has the records.
        List<CompletableFuture<Void>> acks = QuarkusTransaction.suspendingExisting()
                .call(() -> {
                    List<CompletableFuture<Void>> sent = new ArrayList<>(rows.size());
                    for (OutboxEvent row : rows) {
                        sent.add(send(row));
                    }
                    return sent;
                });
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        int published = 0;
        String firstError = null;
        for (int i = 0; i < rows.size(); i++) {
            OutboxEvent row = rows.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.published();
                published++;
            } catch (ExecutionException | TimeoutException e) {
                String reason = reason(e);
                row.failed(reason);
                if (firstError == null) {
                    firstError = "row " + row.id + " (key " + row.messageKey + "): " + reason;
                }
            }
        }
        return new BatchOutcome(rows.size(), published, firstError);
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.messageKey)
                        .build());
        try {
            return emitter.sendMessage(message).subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e); // e.g. the emitter's buffer is full while Kafka is away
        }
    }

    private String reason(Exception e) {
        if (e instanceof TimeoutException) {
            return "no acknowledgement from Kafka within "
                    + config.outbox().sendTimeout().toMillis() + " ms";
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
