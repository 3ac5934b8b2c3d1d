package dev.pygrade.grader.scoring;

import dev.pygrade.contract.result.GradingResult;
import dev.pygrade.contract.result.GradingStatus;
import java.util.List;

/** Results that end a grading before any test ran. */
public final class GradingResults {
    private GradingResults() {}

    /** Grading failed for reasons of ours; it does not count against the learner. */
    public static GradingResult error(String why, String exerciseVersion) {
        return new GradingResult(
                GradingResult.SCHEMA_VERSION,
                GradingStatus.ERROR,
                0,
                0,
                "Pygrade could not grade this submission (" + why + "); it does not count against you",
                exerciseVersion,
                List.of(),
                null,
                null,
                null,
                null);
    }

    /** The submission cannot be graded as it is (not what the exercise accepts). */
    public static GradingResult rejected(String why, String exerciseVersion) {
        return new GradingResult(
                GradingResult.SCHEMA_VERSION,
                GradingStatus.REJECTED,
                0,
                0,
                "This submission was not graded: " + why,
                exerciseVersion,
                List.of(),
                null,
                null,
                null,
                null);
    }
}
