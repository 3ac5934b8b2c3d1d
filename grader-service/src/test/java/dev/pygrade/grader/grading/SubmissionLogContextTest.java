package dev.pygrade.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.logging.SubmissionLogContext;
import dev.pygrade.grader.scoring.GradingResults;
import io.smallrye.reactive.messaging.kafka.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every log line of a grading carries its submission id and attempt; nothing of it stays on the thread afterwards. */
class SubmissionLogContextTest {
    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theConsumerGradesWithTheSubmissionInTheMdcAndClearsItAfterwards() {
        List<Object> seen = new ArrayList<>();
        GradingService grading = new GradingService(null, null, null) {
            @Override
            public GradingCompleted grade(SubmissionRequested request) {
                seen.add(MDC.get(SubmissionLogContext.SUBMISSION_ID));
                seen.add(MDC.get(SubmissionLogContext.ATTEMPT));
                return GradingCompleted.of(
                        request.submissionId(),
                        request.attempt(),
                        request.exerciseId(),
                        "grader-unit",
                        GradingResults.error("unit test", null));
            }

            @Override
            public String graderId() {
                return "grader-unit";
            }
        };
        RecordingEmitter events = new RecordingEmitter();
        SubmissionRequested request =
                SubmissionRequested.of("sub-42", 3, "grid-without-aliasing", null, Map.of("solution.py", "x = 1\n"));

        Record<String, String> result = new SubmissionConsumer(grading, events).grade(ContractJson.write(request));

        assertThat(result.key()).isEqualTo("sub-42");
        assertThat(seen).containsExactly("sub-42", "3");
        assertThat(events.mdcAtSend).containsExactly("sub-42");
        assertThat(MDC.get(SubmissionLogContext.SUBMISSION_ID)).isNull();
        assertThat(MDC.get(SubmissionLogContext.ATTEMPT)).isNull();
    }

    @Test
    void closingRestoresWhatTheThreadHadBefore() {
        MDC.put(SubmissionLogContext.SUBMISSION_ID, "outer");
        try (SubmissionLogContext inner = SubmissionLogContext.open("inner", 2)) {
            assertThat(MDC.get(SubmissionLogContext.SUBMISSION_ID)).isEqualTo("inner");
            assertThat(MDC.get(SubmissionLogContext.ATTEMPT)).isEqualTo("2");
        }
        assertThat(MDC.get(SubmissionLogContext.SUBMISSION_ID)).isEqualTo("outer");
        assertThat(MDC.get(SubmissionLogContext.ATTEMPT)).isNull();
    }

    /** Records the submission id in the MDC when the GradingStarted event is sent. */
    private static final class RecordingEmitter implements Emitter<Record<String, String>> {
        final List<Object> mdcAtSend = new ArrayList<>();

        @Override
        public CompletionStage<Void> send(Record<String, String> record) {
            mdcAtSend.add(MDC.get(SubmissionLogContext.SUBMISSION_ID));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public <M extends Message<? extends Record<String, String>>> void send(M message) {
            send(message.getPayload());
        }

        @Override
        public void complete() {}

        @Override
        public void error(Exception e) {}

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}
