package dev.pygrade.api.admin;

import dev.pygrade.contract.Topics;
import java.util.Map;
import java.util.Optional;

/** The dead-letter topics an admin may read and re-drive, each with the topic its messages came from. */
final class DeadLetterTopics {
    static final String RESULTS_DLQ = "pygrade.results.dlq";
    static final Map<String, String> ORIGINAL =
            Map.of(Topics.SUBMISSIONS_DLQ, Topics.SUBMISSIONS, RESULTS_DLQ, Topics.RESULTS);

    private DeadLetterTopics() {}

    static Optional<String> originalOf(String deadLetterTopic) {
        return Optional.ofNullable(ORIGINAL.get(deadLetterTopic));
    }
}
