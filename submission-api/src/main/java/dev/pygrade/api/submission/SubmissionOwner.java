package dev.pygrade.api.submission;

import dev.pygrade.api.auth.Credential;
import dev.pygrade.api.auth.ForbiddenException;
import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.auth.Role;
import java.util.Objects;

/**
 * Whose submission a request makes: the caller's own, or (for instructor and admin API keys, e.g. an LMS) the
 * named learner's. Learners and sessions can only submit for themselves, in their own course. An instructor key
 * acts only within its own course: it submits for learners of that course (until enrolments exist, any subject in
 * that course), and a key without a course, having no learners, submits only for itself. Admin keys are global.
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
        boolean global = onBehalf && principal.is(Role.ADMIN);
        if (!Objects.equals(course, principal.courseId()) && !global) {
            throw new ForbiddenException("courseId '" + course + "' is not the caller's course"
                    + (principal.courseId() == null ? "" : " ('" + principal.courseId() + "')"));
        }
        if (!learner.equals(principal.subject()) && principal.is(Role.INSTRUCTOR) && principal.courseId() == null) {
            throw new ForbiddenException("an instructor key without a course has no learners: it may not submit for"
                    + " '" + learner + "'; use a key of the learner's course or an admin key");
        }
        return new SubmissionOwner(learner, course);
    }
}
