package dev.pygrade.api.leaderboard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One learner's best passed result of one performance exercise: the lowest instruction ratio to the reference and, independently,
 * the lowest peak memory, each with the time of the submission that achieved it. Kept for every learner (a subject
 * within a course, see {@link LearnerKey}); boards show only those who opted in.
 */
@Entity
@Table(name = "leaderboard_best")
@IdClass(LeaderboardBest.Key.class)
public class LeaderboardBest extends PanacheEntityBase {
    @Id
    @Column(name = "exercise_id")
    public String exerciseId;

    @Id
    @Column(name = "learner_subject")
    public String learnerSubject;

    /** The learner's course, {@code ''} for none (see {@link LearnerKey}). */
    @Id
    @Column(name = "learner_course")
    public String learnerCourse;

    @Column(name = "median_ratio")
    public Double medianRatio;

    @Column(name = "ratio_achieved_at")
    public Instant ratioAchievedAt;

    @Column(name = "peak_bytes")
    public Long peakBytes;

    @Column(name = "peak_achieved_at")
    public Instant peakAchievedAt;

    /**
     * Offers one result's figures (either may be null). Each best moves only to a strictly lower value, or to an
     * equal value achieved earlier, so offering the same result twice, or results in any order, ends in the same row.
     * Single statements: concurrent offers for the same learner cannot lose a lower value.
     */
    static void offer(String exerciseId, LearnerKey learner, Double ratio, Long peakBytes, Instant achievedAt) {
        // Bests are only ever bound when present: a null parameter is untyped on PostgreSQL.
        getEntityManager()
                .createNativeQuery("insert into leaderboard_best (exercise_id, learner_subject, learner_course)"
                        + " values (:exercise, :learner, :course) on conflict do nothing")
                .setParameter("exercise", exerciseId)
                .setParameter("learner", learner.subject())
                .setParameter("course", learner.course())
                .executeUpdate();
        if (ratio != null) {
            update(
                    "update LeaderboardBest set medianRatio = :value, ratioAchievedAt = :at"
                            + " where exerciseId = :exercise and learnerSubject = :learner and learnerCourse = :course"
                            + " and (medianRatio is null"
                            + " or medianRatio > :value or (medianRatio = :value and ratioAchievedAt > :at))",
                    exerciseId,
                    learner,
                    ratio,
                    achievedAt);
        }
        if (peakBytes != null) {
            update(
                    "update LeaderboardBest set peakBytes = :value, peakAchievedAt = :at"
                            + " where exerciseId = :exercise and learnerSubject = :learner and learnerCourse = :course"
                            + " and (peakBytes is null"
                            + " or peakBytes > :value or (peakBytes = :value and peakAchievedAt > :at))",
                    exerciseId,
                    learner,
                    peakBytes,
                    achievedAt);
        }
    }

    private static void update(String hql, String exerciseId, LearnerKey learner, Object value, Instant at) {
        getEntityManager()
                .createQuery(hql)
                .setParameter("value", value)
                .setParameter("at", at)
                .setParameter("exercise", exerciseId)
                .setParameter("learner", learner.subject())
                .setParameter("course", learner.course())
                .executeUpdate();
    }

    /** A learner's bests, by exercise id. */
    static List<LeaderboardBest> of(LearnerKey learner) {
        return list(
                "learnerSubject = ?1 and learnerCourse = ?2 order by exerciseId", learner.subject(), learner.course());
    }

    /** The primary key: exercise id, learner subject and learner course. */
    public static class Key implements Serializable {
        public String exerciseId;
        public String learnerSubject;
        public String learnerCourse;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(exerciseId, key.exerciseId)
                    && Objects.equals(learnerSubject, key.learnerSubject)
                    && Objects.equals(learnerCourse, key.learnerCourse);
        }

        @Override
        public int hashCode() {
            return Objects.hash(exerciseId, learnerSubject, learnerCourse);
        }
    }
}
