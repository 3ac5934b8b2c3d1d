package dev.pygrade.api.admin;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-publishes a dead letter to its original topic with the same key and value, so the same consumer takes it
 * again (and, being idempotent, does nothing twice). A header says where it came from.
 */
@ApplicationScoped
public class DeadLetterRedriver {
    public static final String REDRIVEN_FROM = "pygrade-redriven-from";

    private final String bootstrap;
    private KafkaProducer<String, String> producer;

    public DeadLetterRedriver(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public RecordMetadata redrive(ConsumerRecord<String, String> deadLetter, String originalTopic) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(originalTopic, deadLetter.key(), deadLetter.value());
        String from = deadLetter.topic() + "/" + deadLetter.partition() + "/" + deadLetter.offset();
        record.headers().add(REDRIVEN_FROM, from.getBytes(StandardCharsets.UTF_8));
        try {
            return producer().send(record).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the redriven record: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving " + from, e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close();
        }
    }
}
