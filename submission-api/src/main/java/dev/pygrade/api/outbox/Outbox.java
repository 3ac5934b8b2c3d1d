package dev.pygrade.api.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/** Where services put the Kafka records they want published: as a row, in their own transaction. */
@ApplicationScoped
public class Outbox {
    private final Event<OutboxEventWritten> written;

    public Outbox(Event<OutboxEventWritten> written) {
        this.written = written;
    }

    /**
     * Stores a record for {@code topic} under {@code key}. It is published only if the caller's transaction commits,
     * and promptly after it does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String key, String payload) {
        OutboxEvent.of(topic, key, payload).persist();
        written.fire(new OutboxEventWritten(topic));
    }
}
