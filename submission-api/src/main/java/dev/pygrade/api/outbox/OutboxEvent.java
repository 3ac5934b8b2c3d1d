package dev.pygrade.api.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A Kafka record written in the same transaction as the change it announces, published later by {@link
 * OutboxRelay}. A row is published when {@code publishedAt} is set; until then every failed try counts in {@code
 * attempts} and leaves its reason in {@code lastError}.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "topic", nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    static OutboxEvent of(String topic, String key, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.topic = topic;
        event.messageKey = key;
        event.payload = payload;
        event.createdAt = Instant.now();
        return event;
    }

    /**
     * The oldest unpublished rows, locked for this transaction. {@code SKIP LOCKED} (PostgreSQL, and H2 2.x) lets a
     * second API instance take the next rows instead of publishing the same ones or waiting.
     */
    @SuppressWarnings("unchecked")
    static List<OutboxEvent> lockOldestUnpublished(int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from outbox_event where published_at is null order by id limit :limit"
                                + " for update skip locked",
                        OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    void published() {
        attempts++;
        publishedAt = Instant.now();
        lastError = null;
    }

    void failed(String reason) {
        attempts++;
        lastError = reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
    }
}
