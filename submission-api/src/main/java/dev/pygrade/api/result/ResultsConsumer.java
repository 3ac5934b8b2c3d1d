package dev.pygrade.api.result;

import dev.pygrade.api.persistence.DatabaseOutage;
import dev.pygrade.api.relay.Backoff;
import dev.pygrade.contract.logging.SubmissionLogContext;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes the graders' messages from {@code pygrade.results.v1}. A message that breaks the contract or names an
 * unknown submission fails; the channel's dead-letter-queue strategy moves it to {@code pygrade.results.dlq}, so it
 * never blocks the partition. While the database is unreachable the message is retried with backoff instead:
 * a result is never dead-lettered, nor lost, because of an outage of ours. The offset is committed only after the
 * result's transaction.
 */
@ApplicationScoped
public class ResultsConsumer {
    private static final Logger LOG = Logger.getLogger(ResultsConsumer.class);
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

    private final ResultRecorder recorder;

    public ResultsConsumer(ResultRecorder recorder) {
        this.recorder = recorder;
    }

    @Incoming("results")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        // The key is the submission id (the contract); the recorder adds the attempt once it has read the message.
        try (SubmissionLogContext context = SubmissionLogContext.open(record.key())) {
            store(record);
        }
    }

    private void store(ConsumerRecord<String, String> record) throws InterruptedException {
        // A plain loop rather than a fault-tolerance annotation: the retry must wrap the whole transaction.
        for (int failures = 1; ; failures++) {
            try {
                recorder.record(record);
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                LOG.warnf(
                        "results: database unreachable, %s-%d offset %d (key %s) retried in %d ms: %s",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        record.key(),
                        BACKOFF.after(failures).toMillis(),
                        e.getMessage());
                Thread.sleep(BACKOFF.after(failures).toMillis());
            }
        }
    }
}
