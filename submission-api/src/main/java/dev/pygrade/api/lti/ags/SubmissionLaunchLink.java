package dev.pygrade.api.lti.ags;

import dev.pygrade.api.lti.LtiClaims;
import dev.pygrade.api.lti.launch.LaunchRecord;
import dev.pygrade.contract.result.GradingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which launch a submission belongs to. The exercise page posts to the public submission API, which records the
 * session's subject and course on the submission; the launch is the latest resource-link launch of that subject, for
 * that exercise and course, made before the submission. The link is stored at the first result, so regrades and
 * later launches do not move it.
 */
@ApplicationScoped
public class SubmissionLaunchLink {
    private final EntityManager entities;

    public SubmissionLaunchLink(EntityManager entities) {
        this.entities = entities;
    }

    public Optional<LaunchRecord> launchOf(UUID submissionId) {
        List<?> linked = entities.createNativeQuery("select launch_id from lti_submission where submission_id = :id")
                .setParameter("id", submissionId)
                .getResultList();
        if (!linked.isEmpty()) {
            return Optional.ofNullable(LaunchRecord.findById(toUuid(linked.get(0))));
        }
        List<?> found = entities.createNativeQuery("select l.id from lti_launch l join submission s on s.id = :id"
                        + " where l.subject = s.learner_subject and l.exercise_id = s.exercise_id"
                        + " and l.message_type = :type and l.launched_at <= s.created_at"
                        + " and (l.course_id = s.course_id or (l.course_id is null and s.course_id is null))"
                        + " order by l.launched_at desc limit 1")
                .setParameter("id", submissionId)
                .setParameter("type", LtiClaims.RESOURCE_LINK_REQUEST)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UUID launchId = toUuid(found.get(0));
        entities.createNativeQuery("insert into lti_submission (submission_id, launch_id) values (:s, :l)"
                        + " on conflict do nothing")
                .setParameter("s", submissionId)
                .setParameter("l", launchId)
                .executeUpdate();
        return Optional.ofNullable(LaunchRecord.findById(launchId));
    }

    /** The best score ratio this user reached on this launch's gradebook column (the same line item), 0 if none. */
    public double bestRatio(LaunchRecord launch) {
        Object best = entities.createNativeQuery("select max(r.score / r.max_score) from grading_result r"
                        + " join lti_submission ls on ls.submission_id = r.submission_id"
                        + " join lti_launch l on l.id = ls.launch_id"
                        + " where l.registration_id = :registration and l.sub = :sub and l.lineitem_url = :lineitem"
                        + " and r.max_score > 0 and r.status <> :error")
                .setParameter("registration", launch.registrationId)
                .setParameter("sub", launch.sub)
                .setParameter("lineitem", launch.lineitemUrl)
                .setParameter("error", GradingStatus.ERROR.wire()) // native SQL: no converter
                .getSingleResult();
        return best instanceof Number number ? number.doubleValue() : 0.0;
    }

    private static UUID toUuid(Object value) {
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }
}
