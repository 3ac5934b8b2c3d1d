package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One test's outcome as the learner sees it. For hidden tests only name, status, score and the author's hint are
 * filled: never the message, expected/actual values or captured output, which could reveal hidden inputs. The one
 * exception is {@code counterexample}: the shrunk input of a failing property test, generated rather than written.
 *
 * @param id stable test id, e.g. {@code test_hidden.py::test_rows_are_independent}
 * @param output what the learner's code printed during the test (visible tests only, capped)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestResult(
        String id,
        String name,
        TestStatus status,
        Visibility visibility,
        double score,
        double maxScore,
        String message,
        String expected,
        String actual,
        String hint,
        String counterexample,
        String output,
        long durationMs) {

    /** Every text the learner's code could have shaped is made safe to show ({@link FeedbackText}). */
    public TestResult {
        name = FeedbackText.clean(name);
        message = FeedbackText.clean(message);
        expected = FeedbackText.clean(expected);
        actual = FeedbackText.clean(actual);
        hint = FeedbackText.clean(hint);
        counterexample = FeedbackText.clean(counterexample);
        output = FeedbackText.clean(output);
    }
}
