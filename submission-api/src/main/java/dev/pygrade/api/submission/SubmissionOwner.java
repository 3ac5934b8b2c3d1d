package dev.pygrade.api.submission;

import dev.pygrade.api.auth.Credential;
import dev.pygrade.api.auth.ForbiddenException;
import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import java.util.Objects;

/**
 * Whose submission a request makes: the caller's own, or (for instructor and admin API keys, e.g. an LMS) the
 * named learner's. Learners and sessions can only submit for themselves, in their own course.
 *
 * @param learner the learner subject the submission belongs to
 * @param courseId the course instructors see it in; may be null
 */
public record SubmissionOwner(String learner, String courseId) {

    static SubmissionOwner of(Credential caller, SubmissionRequest request) {
        Principal principal = caller.principal();
        boolean onBehalf = caller.viaApiKey() && (principal.is(Role.INSTRUCTOR) || principal.is(Role.ADMIN));
        if (request.callbackUrl() != null && !caller.viaApiKey()) {
            throw new ForbiddenException(
                    "callbackUrl is for API-key callers only; sessions follow their" + " submissions with GET");
        }
        String learner = request.learner() == null ? principal.subject() : request.learner();
        if (!learner.equals(principal.subject()) && !onBehalf) {
            throw new ForbiddenException("only instructor or admin API keys may submit for another learner");
        }
        String course = request.courseId() == null ? principal.courseId() : request.courseId();
        if (!Objects.equals(course, principal.courseId())) {
            boolean scoped = principal.is(Role.INSTRUCTOR) && principal.courseId() != null;
            if (!onBehalf || scoped) {
                throw new ForbiddenException("courseId '" + course + "' is not the caller's course"
                        + (principal.courseId() == null ? "" : " ('" + principal.courseId() + "')"));
            }
        }
        return new SubmissionOwner(learner, course);
    }
}
