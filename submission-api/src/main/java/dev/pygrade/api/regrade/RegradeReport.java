package dev.pygrade.api.regrade;

import dev.pygrade.api.result.GradingResultRecord;
import dev.pygrade.api.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The impact of a regrade: per submission, the published grade, the regraded one and the difference. */
@ApplicationScoped
public class RegradeReport {

    @Transactional
    public RegradeView of(String id) {
        Regrade regrade = find(id);
        List<RegradeView.Item> items = RegradeItem.<RegradeItem>list("regradeId", regrade.id).stream()
                .map(RegradeReport::item)
                .sorted(Comparator.comparing((RegradeView.Item i) -> !i.changed())
                        .thenComparing(i -> String.valueOf(i.learner())))
                .toList();
        int pending = (int) items.stream().filter(i -> i.regraded() == null).count();
        int changed = (int) items.stream().filter(RegradeView.Item::changed).count();
        return new RegradeView(
                regrade.id.toString(),
                regrade.exerciseId,
                regrade.exerciseVersion,
                regrade.status.wire(),
                regrade.createdAt,
                regrade.confirmedAt,
                items.size(),
                pending,
                changed,
                items);
    }

    static Regrade find(String id) {
        try {
            Regrade regrade = Regrade.findById(UUID.fromString(id));
            if (regrade != null) {
                return regrade;
            }
        } catch (IllegalArgumentException e) {
            // not a UUID: unknown like any other
        }
        throw new RegradeNotFoundException(id);
    }

    private static RegradeView.Item item(RegradeItem item) {
        Submission submission = Submission.findById(item.submissionId);
        RegradeView.Grade previous = grade(GradingResultRecord.find(item.submissionId, item.previousAttempt));
        RegradeView.Grade regraded = grade(GradingResultRecord.find(item.submissionId, item.attempt));
        Double delta = previous == null || regraded == null ? null : regraded.score() - previous.score();
        boolean changed = previous != null
                && regraded != null
                && (delta != 0 || !Objects.equals(previous.status(), regraded.status()));
        return new RegradeView.Item(
                item.submissionId.toString(),
                item.attempt,
                submission.learnerSubject,
                submission.courseId,
                previous,
                regraded,
                delta,
                changed);
    }

    private static RegradeView.Grade grade(GradingResultRecord result) {
        return result == null
                ? null
                : new RegradeView.Grade(result.attempt, result.status.wire(), result.score, result.maxScore);
    }
}
