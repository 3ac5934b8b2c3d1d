package dev.pygrade.api.submission;

import dev.pygrade.api.auth.Principal;
import java.util.Objects;

/**
 * Who may see a submission: its learner (the same subject in the same course), the instructors of its course, and
 * admins. Everyone else is told it does not exist (404), so that ids cannot be probed.
 */
public final class SubmissionAccess {
    private SubmissionAccess() {}

    public static boolean canSee(Principal principal, Submission submission) {
        return switch (principal.role()) {
            case ADMIN -> true;
            case INSTRUCTOR ->
                principal.isSubjectIn(submission.learnerSubject, submission.courseId)
                        || (principal.courseId() != null && Objects.equals(principal.courseId(), submission.courseId));
            case LEARNER -> principal.isSubjectIn(submission.learnerSubject, submission.courseId);
        };
    }
}
