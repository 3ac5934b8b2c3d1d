package dev.pygrade.grader.grading;

import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.GradingStarted;
import dev.pygrade.contract.SubmissionRequested;
import dev.pygrade.contract.logging.SubmissionLogContext;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Takes submissions from Kafka and publishes their results, a bounded number at a time (the "grading" worker
 * pool). The submission's offset is committed only once its result is acknowledged by the broker; a message that
 * is not a valid SubmissionRequested goes to the dead-letter topic with the reason. While a submission is graded,
 * its id and attempt are in the logging MDC ({@link SubmissionLogContext}).
 */
@ApplicationScoped
public class SubmissionConsumer {
    private final GradingService grading;
    private final Emitter<Record<String, String>> events;

    SubmissionConsumer(GradingService grading, @Channel("grading-events") Emitter<Record<String, String>> events) {
        this.grading = grading;
        this.events = events;
    }

    @Incoming("submissions")
    @Outgoing("results")
    @Blocking(value = "grading", ordered = false)
    public Record<String, String> grade(String payload) {
        SubmissionRequested request = ContractJson.readSubmission(payload);
        try (SubmissionLogContext context = SubmissionLogContext.open(request.submissionId(), request.attempt())) {
            events.send(Record.of(
                    request.submissionId(),
                    ContractJson.write(GradingStarted.of(request.submissionId(), request.attempt(), graderId()))));
            GradingCompleted completed = grading.grade(request);
            return Record.of(request.submissionId(), ContractJson.write(completed));
        }
    }

    private String graderId() {
        return grading.graderId();
    }
}
