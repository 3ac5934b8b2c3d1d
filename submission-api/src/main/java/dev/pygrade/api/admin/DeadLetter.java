package dev.pygrade.api.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One message on a dead-letter topic, as admins see it.
 *
 * @param originalTopic where a redrive re-publishes it
 * @param reason why it was dead-lettered ({@code dead-letter-reason} header)
 * @param headers every header, as text
 * @param redrivenAt when an admin last re-drove it, if ever
 */
public record DeadLetter(
        String topic,
        int partition,
        long offset,
        String key,
        Instant timestamp,
        String originalTopic,
        String reason,
        String cause,
        Map<String, String> headers,
        String value,
        Instant redrivenAt) {

    static DeadLetter of(ConsumerRecord<String, String> record, Instant redrivenAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(
                    header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                record.key(),
                Instant.ofEpochMilli(record.timestamp()),
                DeadLetterTopics.originalOf(record.topic()).orElse(null),
                headers.get("dead-letter-reason"),
                headers.get("dead-letter-cause"),
                headers,
                record.value(),
                redrivenAt);
    }
}
