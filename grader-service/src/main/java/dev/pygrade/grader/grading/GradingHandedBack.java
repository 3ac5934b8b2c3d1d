package dev.pygrade.grader.grading;

/**
 * A grading cut short because the grader is stopping (its shutdown timeout ran out). It publishes no result: the
 * submission's offset stays uncommitted (the channel's failure strategy stops without committing) and the
 * consumer group gives it to the next grader, which grades it as the same attempt.
 */
public final class GradingHandedBack extends RuntimeException {
    public GradingHandedBack(String submissionId) {
        super("grading of submission " + submissionId + " handed back: the grader stopped before it finished");
    }
}
