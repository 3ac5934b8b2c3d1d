package dev.pygrade.api.regrade;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.UUID;

/** Which grading attempts belong to a regrade that has not been confirmed: their results stay unpublished. */
public final class RegradeAttempts {
    private RegradeAttempts() {}

    public static boolean isUnconfirmed(UUID submissionId, int attempt) {
        Number count = (Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from regrade_item i join regrade r on r.id = i.regrade_id"
                        + " where i.submission_id = :id and i.attempt = :attempt and r.status <> :confirmed")
                .setParameter("id", submissionId)
                .setParameter("attempt", attempt)
                .setParameter("confirmed", RegradeStatus.CONFIRMED.wire()) // native SQL: no converter
                .getSingleResult();
        return count.longValue() > 0;
    }

    /**
     * The highest attempt ever requested for a submission or answered for it: its own, a regrade's, or one whose
     * result arrived without being asked for (a redelivered or stray message), so a new attempt never collides.
     */
    public static int latest(UUID submissionId, int current) {
        Number max = (Number) Panache.getEntityManager()
                .createNativeQuery(
                        "select max(attempt) from (select attempt from regrade_item where submission_id = :id"
                                + " union all select attempt from grading_result where submission_id = :id) attempts")
                .setParameter("id", submissionId)
                .getSingleResult();
        return max == null ? current : Math.max(current, max.intValue());
    }
}
