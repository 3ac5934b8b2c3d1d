package dev.pygrade.api.auth;

/**
 * A key just created: the only time the key and its webhook secret are shown.
 *
 * @param key the API key to send as {@code Authorization: Bearer <key>}
 * @param webhookSecret verifies {@code X-Pygrade-Signature} of this key's webhooks
 */
public record CreatedApiKey(ApiKeyView apiKey, String key, String webhookSecret) {}
