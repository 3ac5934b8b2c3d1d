package dev.pygrade.api.submission;

import dev.pygrade.api.auth.ForbiddenException;
import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.result.GradingResultRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads submissions as the caller may see them: their own, their course's (instructors), or all (admins). */
@ApplicationScoped
public class SubmissionQueries {

    /** The submission with its published attempts; 404 for unknown, malformed or someone else's ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionView view(Principal caller, String id) {
        Submission submission =
                parse(id).map(uuid -> Submission.<Submission>findById(uuid)).orElse(null);
        if (submission == null || !SubmissionAccess.canSee(caller, submission)) {
            throw new SubmissionNotFoundException(id); // the same answer whether it exists or not
        }
        List<GradingResultRecord> published = GradingResultRecord.published(submission.id);
        String document = published.stream()
                .filter(r -> r.attempt == submission.attempt)
                .map(r -> r.document)
                .findFirst()
                .orElse(null);
        return SubmissionView.of(
                submission, document, published.stream().map(AttemptSummary::of).toList());
    }

    /** The same, read in a transaction of its own: a request that waited sees what was stored meanwhile. */
    public SubmissionView freshView(Principal caller, String id) {
        return QuarkusTransaction.requiringNew().call(() -> view(caller, id));
    }

    /**
     * The caller's submissions (a learner: their subject in their course), their course's (an instructor with a
     * course), their own (an instructor without one) or all (admins), narrowed by the filters; {@code attemptsUsed}
     * counts the graded ones among them, so within one course for everyone but an admin who names no course.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionList list(Principal caller, String exerciseId, String learner, String courseId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (exerciseId != null) {
            where.add("exerciseId = :exercise");
            params.and("exercise", exerciseId);
        }
        if (learner != null) {
            where.add("learnerSubject = :learner");
            params.and("learner", learner);
        }
        if (courseId != null) {
            where.add("courseId = :courseFilter");
            params.and("courseFilter", courseId);
        }
        switch (caller.role()) {
            case LEARNER -> {
                if (learner != null && !learner.equals(caller.subject())) {
                    throw new ForbiddenException("learners see only their own submissions");
                }
                own(caller, where, params);
            }
            case INSTRUCTOR -> {
                if (caller.courseId() == null) {
                    own(caller, where, params);
                } else {
                    where.add("courseId = :course");
                    params.and("course", caller.courseId());
                }
            }
            case ADMIN -> {}
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        List<SubmissionSummary> page =
                Submission.<Submission>find(query + " order by createdAt desc", params).page(0, limit).list().stream()
                        .map(SubmissionSummary::of)
                        .toList();
        long used = Submission.count(query + " and status = :graded", params.and("graded", SubmissionStatus.GRADED));
        return new SubmissionList(page, used);
    }

    /** The caller's own submissions: their subject in their course, or without a course when they have none. */
    private static void own(Principal caller, List<String> where, Parameters params) {
        where.add("learnerSubject = :self");
        params.and("self", caller.subject());
        if (caller.courseId() == null) {
            where.add("courseId is null");
        } else {
            where.add("courseId = :ownCourse");
            params.and("ownCourse", caller.courseId());
        }
    }

    static Optional<UUID> parse(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            // UUID.fromString accepts shortened forms such as "1-2-3-4-5"; only the canonical form is an id here.
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
