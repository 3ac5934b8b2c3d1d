package dev.pygrade.contract.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One graded performance or memory criterion ("time ratio to the reference at most 2.0").
 *
 * @param key what kind of criterion: {@code time}, {@code complexity}, {@code memory}, {@code instances} or {@code slots}
 * @param measured what was measured, in {@code unit}
 * @param target the budget, in {@code unit}, or a description such as {@code O(n)}
 * @param verdict {@code met}, {@code partial}, {@code missed} or {@code not-graded}
 * @param explanation a plain-language sentence for the learner
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Criterion(
        String key,
        String name,
        String measured,
        String target,
        String unit,
        String verdict,
        double score,
        double maxScore,
        String explanation) {

    public Criterion {
        measured = FeedbackText.clean(measured);
        target = FeedbackText.clean(target);
        explanation = FeedbackText.clean(explanation);
    }
}
