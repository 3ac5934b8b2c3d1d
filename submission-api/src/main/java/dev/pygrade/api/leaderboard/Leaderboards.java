package dev.pygrade.api.leaderboard;

import dev.pygrade.api.exercise.ExerciseCatalog;
import dev.pygrade.api.exercise.ExerciseNotFoundException;
import dev.pygrade.api.problem.FieldError;
import dev.pygrade.api.problem.InvalidRequestException;
import dev.pygrade.exercise.Exercise;
import dev.pygrade.exercise.ExerciseKind;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Opting in and out of leaderboards, and reading them. */
@ApplicationScoped
public class Leaderboards {
    static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9_-]{3,24}");
    private static final String GENERATED_PREFIX = "anon-";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ExerciseCatalog catalog;

    public Leaderboards(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    /** Refuses a pseudonym that is not 3–24 ASCII letters, digits, '-' or '_' (422). */
    static void validate(String pseudonym) {
        if (pseudonym != null && !PSEUDONYM.matcher(pseudonym).matches()) {
            throw new InvalidRequestException(
                    "invalid-leaderboard-request",
                    "The leaderboard request is not valid",
                    List.of(new FieldError(
                            "pseudonym",
                            "pseudonym must be 3 to 24 characters, each an ASCII letter, a digit, '-' or '_'")));
        }
    }

    /**
     * Opts {@code learner} in under {@code requested}, else under their earlier pseudonym, else under a generated
     * one. Flushed here, so that a pseudonym taken concurrently fails in this call (a unique-key violation).
     */
    @Transactional
    public Participation optIn(LearnerKey learner, String requested) {
        validate(requested);
        LeaderboardParticipant participant = LeaderboardParticipant.of(learner);
        String name = requested != null ? requested : participant != null ? participant.pseudonym : generated();
        LeaderboardParticipant holder = LeaderboardParticipant.holding(name);
        if (holder != null && !holder.learner().equals(learner)) {
            throw new PseudonymTakenException(name);
        }
        Instant now = Instant.now();
        if (participant == null) {
            participant = new LeaderboardParticipant();
            participant.learnerSubject = learner.subject();
            participant.learnerCourse = learner.course();
            participant.createdAt = now;
            participant.rename(name);
            participant.optedInAt = now;
            participant.persist();
        } else {
            participant.rename(name);
            if (participant.optedInAt == null) {
                participant.optedInAt = now;
            }
        }
        Panache.getEntityManager().flush();
        return participation(participant, learner);
    }

    /** Takes {@code learner} off every board. Their bests and pseudonym are kept: opting in again restores them. */
    @Transactional
    public Participation optOut(LearnerKey learner) {
        LeaderboardParticipant participant = LeaderboardParticipant.of(learner);
        if (participant != null) {
            participant.optedInAt = null;
        }
        return participation(participant, learner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participation participation(LearnerKey learner) {
        return participation(LeaderboardParticipant.of(learner), learner);
    }

    /**
     * The board of a performance exercise: opted-in learners ranked by their lowest median ratio, then their lowest
     * peak memory (missing figures last), then who achieved their ratio first; {@code limit} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Leaderboard board(String exerciseId, LearnerKey caller, int limit) {
        Exercise exercise = catalog.find(exerciseId).orElseThrow(() -> new ExerciseNotFoundException(exerciseId));
        if (exercise.info().kind() != ExerciseKind.PERFORMANCE) {
            throw new NotAPerformanceExerciseException(
                    exerciseId, exercise.info().kind().wire());
        }
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery(
                        "select b.learnerSubject, p.pseudonym, b.medianRatio, b.ratioAchievedAt, b.peakBytes,"
                                + " b.peakAchievedAt, b.learnerCourse from LeaderboardBest b join"
                                + " LeaderboardParticipant p on p.learnerSubject = b.learnerSubject"
                                + " and p.learnerCourse = b.learnerCourse"
                                + " where b.exerciseId = :exercise and p.optedInAt is not null"
                                + " order by b.medianRatio asc nulls last, b.peakBytes asc nulls last,"
                                + " b.ratioAchievedAt asc nulls last, p.pseudonymKey asc",
                        Object[].class)
                .setParameter("exercise", exerciseId)
                .getResultList();
        List<Leaderboard.Entry> entries = new ArrayList<>();
        Integer yourRank = null;
        int rank = 0;
        Object[] previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            if (previous == null || !Objects.equals(row[2], previous[2]) || !Objects.equals(row[4], previous[4])) {
                rank = i + 1;
            }
            previous = row;
            boolean you = caller.equals(new LearnerKey((String) row[0], (String) row[6]));
            if (you) {
                yourRank = rank;
            }
            if (entries.size() < limit) {
                entries.add(new Leaderboard.Entry(
                        rank,
                        (String) row[1],
                        (Double) row[2],
                        (Instant) row[3],
                        (Long) row[4],
                        (Instant) row[5],
                        you));
            }
        }
        return new Leaderboard(exerciseId, rows.size(), yourRank, entries);
    }

    private static Participation participation(LeaderboardParticipant participant, LearnerKey learner) {
        List<Participation.PersonalBest> bests = LeaderboardBest.of(learner).stream()
                .map(b -> new Participation.PersonalBest(
                        b.exerciseId, b.medianRatio, b.ratioAchievedAt, b.peakBytes, b.peakAchievedAt))
                .toList();
        if (participant == null) {
            return new Participation(false, null, null, bests);
        }
        return new Participation(participant.optedInAt != null, participant.pseudonym, participant.optedInAt, bests);
    }

    /** A free name such as {@code anon-7k2q9x}; a clash (one in two billion) draws again. */
    private static String generated() {
        while (true) {
            StringBuilder name = new StringBuilder(GENERATED_PREFIX);
            for (int i = 0; i < 6; i++) {
                name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (LeaderboardParticipant.holding(name.toString()) == null) {
                return name.toString();
            }
        }
    }
}
