package dev.pygrade.api.testing;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import dev.pygrade.contract.result.MemoryReport;
import dev.pygrade.contract.result.PerformanceReport;
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
        return complete(id, attempt, status, score, null, null);
    }

    /**
     * A result of a performance exercise with a {@code performance} block (instruction ratio to the reference) and a
     * {@code memory} block (tracemalloc peak); either figure may be null, its block is then left out.
     */
    public RecordMetadata completePerformance(
            String id, int attempt, GradingStatus status, Double medianRatio, Long peakBytes) {
        PerformanceReport performance = medianRatio == null
                ? null
                : new PerformanceReport(
                        List.of(), List.of(), medianRatio, null, null, List.of(), "ratio " + medianRatio);
        MemoryReport memory = peakBytes == null
                ? null
                : new MemoryReport(List.of(), peakBytes, peakBytes, null, null, List.of(), "peak " + peakBytes);
        return complete(id, attempt, status, status == GradingStatus.PASSED ? 4.0 : 1.0, performance, memory);
    }

    private RecordMetadata complete(
            String id,
            int attempt,
            GradingStatus status,
            double score,
            PerformanceReport performance,
            MemoryReport memory) {
        GradingResult result = new GradingResult(
                GradingResult.SCHEMA_VERSION,
                status,
                score,
                4.0,
                status.wire() + " with " + score,
                "sha256:test",
                List.of(),
                performance,
                memory,
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
