package dev.pygrade.api.auth;

/**
 * The body of {@code POST /api/v1/sessions}: the learner a script or portal opens a session for.
 *
 * @param learner the learner's subject
 * @param courseId the learner's course; an instructor key may only name its own
 */
public record SessionRequest(String learner, String courseId) {}
