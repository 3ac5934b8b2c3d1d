package dev.pygrade.api.outbox;

/** CDI event: a transaction wrote an outbox row. Observed after a successful commit, to publish it at once. */
public record OutboxEventWritten(String topic) {}
