package dev.pygrade.api.auth;

import java.time.Instant;

/** A session token for a learner: send it as {@code Authorization: Bearer <token>} or the pygrade_session cookie. */
public record IssuedSession(String token, Instant expiresAt, String subject, Role role, String courseId) {}
