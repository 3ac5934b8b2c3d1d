package dev.pygrade.api.leaderboard;

import dev.pygrade.api.auth.Principal;

/**
 * A learner as the leaderboard tables key them: the subject and the course, {@code ''} for none. Until enrolments
 * exist a learner is a subject within a course, so the same subject in two courses keeps two sets of bests and two
 * participations. {@code ''} stands for "no course" because a primary key column cannot be null (course ids are never
 * empty).
 */
public record LearnerKey(String subject, String course) {
    public static LearnerKey of(String subject, String courseId) {
        return new LearnerKey(subject, courseId == null ? "" : courseId);
    }

    public static LearnerKey of(Principal principal) {
        return of(principal.subject(), principal.courseId());
    }
}
