package dev.pygrade.api.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from where it ends when the tail is created (every record produced afterwards, on any partition), or
 * from its beginning. A plain consumer with assigned partitions, so it never disturbs the API's consumer group.
 */
public final class TopicTail implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    public TopicTail(String bootstrap, String topic) {
        this(bootstrap, topic, false);
    }

    public static TopicTail fromBeginning(String bootstrap, String topic) {
        return new TopicTail(bootstrap, topic, true);
    }

    private TopicTail(String bootstrap, String topic, boolean fromBeginning) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-tail-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Short long-polls: a parked fetch delays every other request on the connection (endOffsets) by its wait.
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position); // fix the start now, not lazily at the first poll
    }

    /** Waits until a record matching {@code condition} arrived; fails after {@code timeout}. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ConsumerRecord<String, String> record : records) {
                if (condition.test(record)) {
                    return record;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching record on " + partitions + " within " + timeout + "; saw "
                        + records.size() + " records with keys "
                        + records.stream().map(ConsumerRecord::key).toList());
            }
            poll(Duration.ofMillis(50));
        }
    }

    public ConsumerRecord<String, String> awaitKey(String key, Duration timeout) {
        return await(r -> key.equals(r.key()), timeout);
    }

    /** Reads until this tail has seen everything the topic holds right now; returns all records seen so far. */
    public List<ConsumerRecord<String, String>> drainToEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not read " + partitions + " to " + end);
            }
            poll(Duration.ofMillis(50));
        }
        return List.copyOf(records);
    }

    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    private void poll(Duration timeout) {
        consumer.poll(timeout).forEach(records::add);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
