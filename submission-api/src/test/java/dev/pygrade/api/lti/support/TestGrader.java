package dev.pygrade.api.lti.support;

import dev.pygrade.api.testing.KafkaTestClients;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.Topics;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Stands in for the grader service on the real message path: reads {@code pygrade.submissions.v1} from where it
 * ends when started, and answers every submission with a GradingCompleted on {@code pygrade.results.v1}. A solution
 * containing {@code return} passes (4 of 4), anything else gets 1 of 4.
 */
public final class TestGrader implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final Set<String> graded = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;

    public TestGrader(String bootstrap) {
        KafkaTestClients.ensureTopics(bootstrap);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "lti-test-grader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SUBMISSIONS, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(Topics.SUBMISSIONS, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        producer = KafkaTestClients.producer(bootstrap);
        thread = new Thread(this::run, "lti-test-grader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Ids of the submissions this grader answered. */
    public Set<String> graded() {
        return Set.copyOf(graded);
    }

    /** Publishes a result for a submission, e.g. a second attempt or a duplicate. */
    public void publish(String submissionId, int attempt, String exerciseId, double score, String summary) {
        GradingStatus status = score >= 4.0 ? GradingStatus.PASSED : GradingStatus.FAILED;
        GradingResult result = new GradingResult(
                GradingResult.SCHEMA_VERSION,
                status,
                score,
                4.0,
                summary,
                "sha256:test",
                List.of(),
                null,
                null,
                null,
                null);
        GradingCompleted completed = GradingCompleted.of(submissionId, attempt, exerciseId, "lti-test-grader", result);
        try {
            producer.send(new ProducerRecord<>(Topics.RESULTS, submissionId, ContractJson.write(completed)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                SubmissionRequested request = ContractJson.readSubmission(record.value());
                boolean passes = request.files().values().stream().anyMatch(text -> text.contains("return"));
                publish(
                        request.submissionId(),
                        request.attempt(),
                        request.exerciseId(),
                        passes ? 4.0 : 1.0,
                        passes ? "4 of 4 tests passed" : "1 of 4 tests passed");
                graded.add(request.submissionId());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
        consumer.close(Duration.ofSeconds(5));
        producer.close(Duration.ofSeconds(5));
    }
}
