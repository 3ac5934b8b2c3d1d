package dev.pygrade.api.lti.ags;

import dev.pygrade.api.auth.Role;
import dev.pygrade.api.lti.launch.LaunchRecord;
import dev.pygrade.api.result.SubmissionGraded;
import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Turns a stored result into a passback row, in the results consumer's transaction: the row exists exactly when the
 * result does, and a unique (submission, attempt) key makes it once per grading attempt whatever Kafka redelivers.
 * Only learners' submissions that came through a launch with a line item and the score scope are passed back; a
 * grading that failed ({@code error}) is not a grade and is not sent.
 */
@ApplicationScoped
public class PassbackRecorder {
    private static final Logger LOG = Logger.getLogger(PassbackRecorder.class);

    private final EntityManager entities;
    private final SubmissionLaunchLink links;
    private final ScorePolicies policies;
    private final Event<PassbackWritten> written;

    public PassbackRecorder(
            EntityManager entities,
            SubmissionLaunchLink links,
            ScorePolicies policies,
            Event<PassbackWritten> written) {
        this.entities = entities;
        this.links = links;
        this.policies = policies;
        this.written = written;
    }

    void onGraded(@Observes SubmissionGraded event) {
        GradingResult result = event.result();
        if (result.status() == GradingStatus.ERROR || result.maxScore() <= 0) {
            return;
        }
        LaunchRecord launch = links.launchOf(event.submissionId()).orElse(null);
        if (launch == null || !launch.acceptsScores() || !Role.LEARNER.name().equals(launch.role)) {
            return;
        }
        ScorePolicy policy = policies.policyFor(launch.exerciseId, launch.courseId);
        double ratio = policy == ScorePolicy.BEST ? Math.max(links.bestRatio(launch), ratio(result)) : ratio(result);
        String comment = comment(policy, result, ratio);
        int inserted = entities.createNativeQuery("insert into lti_passback (submission_id, attempt, launch_id,"
                        + " score_given, score_maximum, comment, score_timestamp, status, attempts, next_attempt_at,"
                        + " created_at) values (:submission, :attempt, :launch, :given, :maximum, :comment, :now,"
                        + " :pending, 0, :now, :now) on conflict do nothing")
                .setParameter("submission", event.submissionId())
                .setParameter("attempt", event.attempt())
                .setParameter("launch", launch.id)
                .setParameter("given", ratio * result.maxScore())
                .setParameter("maximum", result.maxScore())
                .setParameter("comment", comment)
                .setParameter("pending", PassbackStatus.PENDING.wire()) // native SQL: no converter
                .setParameter("now", Instant.now())
                .executeUpdate();
        if (inserted == 1) {
            LOG.debugf("LTI passback queued for %s attempt %d (%s)", event.submissionId(), event.attempt(), policy);
            written.fire(new PassbackWritten());
        }
    }

    private static double ratio(GradingResult result) {
        return result.score() / result.maxScore();
    }

    private static String comment(ScorePolicy policy, GradingResult result, double ratio) {
        String summary = result.summary() == null ? result.status().wire() : result.summary();
        String text = policy == ScorePolicy.BEST && Math.abs(ratio - ratio(result)) > 1e-9
                ? String.format("Best submission counts (%.0f%%). This one: %s", ratio * 100, summary)
                : "Pygrade: " + summary;
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }
}
