package dev.pygrade.api.testing;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Plays the grader: produces GradingCompleted records on the real results topic. */
public final class Grader implements AutoCloseable {
    private final KafkaProducer<String, String> producer;

    public Grader(String bootstrap) {
        KafkaTestClients.ensureTopics(bootstrap);
        this.producer = KafkaTestClients.producer(bootstrap);
    }

    public RecordMetadata complete(String id, int attempt, GradingStatus status, double score) {
        GradingResult result = new GradingResult(
                GradingResult.SCHEMA_VERSION,
                status,
                score,
                4.0,
                status.wire() + " with " + score,
                "sha256:test",
                List.of(),
                null,
                null,
                null,
                null);
        String json = ContractJson.write(GradingCompleted.of(id, attempt, Api.GRID, "test-grader", result));
        try {
            return producer.send(new ProducerRecord<>(Topics.RESULTS, id, json)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
