package dev.pygrade.grader.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractViolationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class PoisonOnlyDeadLettersTest {
    @Test
    void onlyContractViolationsArePoison() {
        assertThat(PoisonOnlyDeadLetters.isPoison(new CompletionException(new ContractViolationException("bad"))))
                .isTrue();
        // What a closing worker pool nacks with: the submission must stay on Kafka for the next grader.
        assertThat(PoisonOnlyDeadLetters.isPoison(new RejectedExecutionException("shutting down")))
                .isFalse();
        assertThat(PoisonOnlyDeadLetters.isPoison(new IllegalStateException("a bug")))
                .isFalse();
    }
}
