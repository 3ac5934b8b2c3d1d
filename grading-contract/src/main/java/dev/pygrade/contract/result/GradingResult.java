package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pygrade.contract.ContractViolationException;
import java.util.List;

/**
 * The result document of one grading (version {@value #SCHEMA_VERSION}); its JSON Schema is
 * {@code schemas/grading-result.v1.schema.json}.
 *
 * @param summary one line for the learner, e.g. "4 of 6 tests passed; 1 timed out"
 * @param exerciseVersion content hash of the exercise that was graded
 * @param performance present for performance exercises
 * @param memory present where the exercise grades memory
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GradingResult(
        int schemaVersion,
        GradingStatus status,
        double score,
        double maxScore,
        String summary,
        String exerciseVersion,
        List<TestResult> tests,
        PerformanceReport performance,
        MemoryReport memory,
        Environment environment,
        Timings timings) {

    public static final int SCHEMA_VERSION = 1;

    public GradingResult {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new ContractViolationException("GradingResult.schemaVersion " + schemaVersion + " is not supported");
        }
        if (status == null) {
            throw new ContractViolationException("GradingResult.status is required");
        }
        if (score < 0 || maxScore < 0 || score > maxScore + 1e-9) {
            throw new ContractViolationException(
                    "GradingResult.score must lie in [0, maxScore], was " + score + " of " + maxScore);
        }
        tests = tests == null ? List.of() : List.copyOf(tests);
        summary = FeedbackText.clean(summary);
    }
}
