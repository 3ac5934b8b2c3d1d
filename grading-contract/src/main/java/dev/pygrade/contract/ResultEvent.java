package dev.pygrade.contract;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What grader-service says about a submission on {@link Topics#RESULTS}: grading started, or its result. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = GradingStarted.class, name = "grading-started"),
    @JsonSubTypes.Type(value = GradingCompleted.class, name = "grading-completed")
})
public sealed interface ResultEvent permits GradingStarted, GradingCompleted {
    int schemaVersion();

    String submissionId();

    int attempt();
}
