package dev.pygrade.api.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pygrade.api.regrade.RegradeAttempts;
import dev.pygrade.api.submission.Submission;
import dev.pygrade.api.submission.SubmissionStatus;
import dev.pygrade.api.submission.SubmissionStatusChanged;
import dev.pygrade.contract.ContractJson;
import dev.pygrade.contract.ContractViolationException;
import dev.pygrade.contract.GradingCompleted;
import dev.pygrade.contract.GradingStarted;
import dev.pygrade.contract.ResultEvent;
import dev.pygrade.contract.logging.SubmissionLogContext;
import dev.pygrade.contract.result.FeedbackText;
import dev.pygrade.contract.result.GradingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies one grader message from {@code pygrade.results.v1} to its submission, in one transaction. Idempotent: a
 * redelivered or duplicate message changes nothing. A message that breaks the contract or names an unknown
 * submission fails with the reason (the consumer's dead-letter strategy takes it from there).
 */
@ApplicationScoped
public class ResultRecorder {
    private static final Logger LOG = Logger.getLogger(ResultRecorder.class);
    private static final ObjectMapper JSON = ContractJson.mapper();

    private final Event<SubmissionGraded> graded;
    private final Event<SubmissionStatusChanged> moved;

    public ResultRecorder(Event<SubmissionGraded> graded, Event<SubmissionStatusChanged> moved) {
        this.graded = graded;
        this.moved = moved;
    }

    @Transactional
    public void record(ConsumerRecord<String, String> record) {
        try {
            ResultEvent event = ContractJson.readResultEvent(record.value());
            SubmissionLogContext.attempt(event.attempt());
            Submission submission = submission(event.submissionId());
            if (event instanceof GradingStarted started) {
                started(submission, started);
            } else if (event instanceof GradingCompleted completed) {
                completed(submission, completed, resultDocument(record.value()));
            }
        } catch (ContractViolationException | UnknownSubmissionException e) {
            LOG.warnf(
                    "results: %s-%d offset %d (key %s) goes to the dead-letter topic: %s",
                    record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
            throw e;
        }
    }

    private void started(Submission submission, GradingStarted event) {
        if (event.attempt() == submission.attempt && submission.status == SubmissionStatus.QUEUED) {
            moveTo(submission, SubmissionStatus.RUNNING);
        }
    }

    private void moveTo(Submission submission, SubmissionStatus status) {
        submission.moveTo(status);
        moved.fire(new SubmissionStatusChanged(submission.id, status));
    }

    private void completed(Submission submission, GradingCompleted event, String document) {
        boolean preview = RegradeAttempts.isUnconfirmed(submission.id, event.attempt());
        boolean inserted = GradingResultRecord.insertIfAbsent(
                submission.id,
                event.attempt(),
                event.result().status(),
                event.result().score(),
                event.result().maxScore(),
                document,
                !preview);
        if (!inserted) {
            LOG.debugf("results: result of %s attempt %d is already stored", submission.id, event.attempt());
            return;
        }
        if (preview) {
            // A regrade preview: stored for the impact report, published (and SubmissionGraded fired) on confirm.
            return;
        }
        if (event.attempt() == submission.attempt) {
            boolean error = event.result().status() == GradingStatus.ERROR;
            moveTo(submission, error ? SubmissionStatus.ERROR : SubmissionStatus.GRADED);
        }
        // Synchronous, in this transaction: what observers write commits (or rolls back) with the result.
        graded.fire(new SubmissionGraded(submission.id, event.attempt(), event.result()));
    }

    private static void clean(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    field.setValue(
                            TextNode.valueOf(FeedbackText.clean(field.getValue().textValue())));
                } else {
                    clean(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(
                            i, TextNode.valueOf(FeedbackText.clean(array.get(i).textValue())));
                } else {
                    clean(array.get(i));
                }
            }
        }
    }

    private static Submission submission(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ContractViolationException("submissionId '" + id + "' is not a UUID");
        }
        Submission submission = Submission.findById(uuid);
        if (submission == null) {
            throw new UnknownSubmissionException(id);
        }
        return submission;
    }

    /**
     * The {@code result} object as received, fields a newer grader added included, with every string made safe to
     * show ({@link FeedbackText}): what clients read is clean even if a grader was not.
     */
    private static String resultDocument(String json) {
        try {
            JsonNode result = JSON.readTree(json).get("result");
            clean(result);
            return result.toString();
        } catch (IOException e) {
            throw new ContractViolationException("unreadable result document: " + e.getMessage(), e);
        }
    }
}
