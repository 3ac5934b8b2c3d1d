package dev.pygrade.contract.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractViolationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class PoisonOnlyDeadLettersTest {
    @Test
    void onlyFailuresCausedByTheMessageArePoison() {
        assertThat(PoisonOnlyDeadLetters.isPoison(new CompletionException(new ContractViolationException("bad"))))
                .isTrue();
        assertThat(PoisonOnlyDeadLetters.isPoison(new IllegalStateException(new UnknownThing())))
                .isTrue();
        // What a closing worker pool nacks with: the submission must stay on Kafka for the next grader.
        assertThat(PoisonOnlyDeadLetters.isPoison(new RejectedExecutionException("shutting down")))
                .isFalse();
        assertThat(PoisonOnlyDeadLetters.isPoison(new IllegalStateException("a bug")))
                .isFalse();
    }

    /** Like the API's unknown-submission failure: poison without being a contract violation. */
    private static final class UnknownThing extends RuntimeException implements PoisonMessage {}
}
