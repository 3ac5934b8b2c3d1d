package dev.pygrade.api.leaderboard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A learner (a subject within a course, see {@link LearnerKey}) who chose a leaderboard pseudonym. Opting out keeps
 * the row (and the pseudonym reserved) with {@code optedInAt} null, so that opting in again restores the same name.
 */
@Entity
@Table(name = "leaderboard_participant")
@IdClass(LeaderboardParticipant.Key.class)
public class LeaderboardParticipant extends PanacheEntityBase {
    @Id
    @Column(name = "learner_subject")
    public String learnerSubject;

    /** The learner's course, {@code ''} for none. */
    @Id
    @Column(name = "learner_course")
    public String learnerCourse;

    @Column(name = "pseudonym", nullable = false)
    public String pseudonym;

    /** The pseudonym in lower case, unique: pseudonyms are unique regardless of case. */
    @Column(name = "pseudonym_key", nullable = false)
    public String pseudonymKey;

    /** When the learner (last) opted in; null while opted out. */
    @Column(name = "opted_in_at")
    public Instant optedInAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    void rename(String name) {
        pseudonym = name;
        pseudonymKey = key(name);
    }

    static String key(String pseudonym) {
        return pseudonym.toLowerCase(Locale.ROOT);
    }

    /** Whoever holds {@code pseudonym} in any case, opted in or not; null if nobody does. */
    static LeaderboardParticipant holding(String pseudonym) {
        return find("pseudonymKey", key(pseudonym)).firstResult();
    }

    static LeaderboardParticipant of(LearnerKey learner) {
        return findById(new Key(learner.subject(), learner.course()));
    }

    LearnerKey learner() {
        return new LearnerKey(learnerSubject, learnerCourse);
    }

    /** The primary key: learner subject and learner course. */
    public static class Key implements Serializable {
        public String learnerSubject;
        public String learnerCourse;

        public Key() {}

        Key(String learnerSubject, String learnerCourse) {
            this.learnerSubject = learnerSubject;
            this.learnerCourse = learnerCourse;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(learnerSubject, key.learnerSubject)
                    && Objects.equals(learnerCourse, key.learnerCourse);
        }

        @Override
        public int hashCode() {
            return Objects.hash(learnerSubject, learnerCourse);
        }
    }
}
