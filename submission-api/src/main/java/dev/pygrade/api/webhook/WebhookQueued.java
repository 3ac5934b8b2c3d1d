package dev.pygrade.api.webhook;

/** CDI event: a transaction queued a webhook; observed after commit to send it at once. */
public record WebhookQueued() {}
