package dev.pygrade.api.auth;

/**
 * The body of {@code POST /api/v1/admin/api-keys}.
 *
 * @param name what the key is for, e.g. "moodle-prod"
 * @param role {@code learner}, {@code instructor} or {@code admin}
 * @param subject the subject its calls act as; default {@code apikey:<id>}
 * @param courseId the course an instructor key sees (and its submissions belong to)
 * @param webhookUrl default callback of the key's submissions
 * @param rateLimitPerMinute overrides the instance-wide per-key limit
 */
public record ApiKeyRequest(
        String name, String role, String subject, String courseId, String webhookUrl, Integer rateLimitPerMinute) {}
