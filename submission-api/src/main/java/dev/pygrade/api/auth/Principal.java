package dev.pygrade.api.auth;

import java.util.Objects;

/**
 * Who is calling.
 *
 * @param subject stable user id: a learner's id, or the subject an API key was created with
 * @param role what the caller may do
 * @param courseId the course the caller belongs to (instructors see this course's submissions); may be null
 */
public record Principal(String subject, Role role, String courseId) {
    public Principal {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a principal needs a subject");
        }
        if (role == null) {
            throw new IllegalArgumentException("a principal needs a role");
        }
    }

    public boolean is(Role other) {
        return role == other;
    }

    /**
     * Whether this principal is {@code subject} in {@code course}. Until enrolments exist, a learner
     * is a subject within a course: the same subject in another course, or without a course, is someone else. Two
     * absent courses are the same course.
     */
    public boolean isSubjectIn(String subject, String course) {
        return this.subject.equals(subject) && Objects.equals(courseId, course);
    }
}
