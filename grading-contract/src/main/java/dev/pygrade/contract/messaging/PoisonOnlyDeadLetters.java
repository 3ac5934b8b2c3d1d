package dev.pygrade.contract.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of both services' incoming channels ({@code failure-strategy=poison-only-dead-letters}): a
 * message whose failure is a {@link PoisonMessage} (it breaks the contract, or names an unknown submission) goes to
 * the dead-letter topic with its reason; any other failure (the service shutting down, a bug) stops the channel
 * without committing, so the message is processed by the next consumer instead of being parked where nobody does.
 * Each service indexes this module ({@code quarkus.index-dependency.contract}) so that this bean is found.
 */
@ApplicationScoped
@Identifier(PoisonOnlyDeadLetters.NAME)
public class PoisonOnlyDeadLetters implements KafkaFailureHandler.Factory {
    public static final String NAME = "poison-only-dead-letters";

    private final KafkaFailureHandler.Factory deadLetters;
    private final KafkaFailureHandler.Factory stop;

    PoisonOnlyDeadLetters(
            @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetters,
            @Identifier(KafkaFailureHandler.Strategy.FAIL) KafkaFailureHandler.Factory stop) {
        this.deadLetters = deadLetters;
        this.stop = stop;
    }

    static boolean isPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessage) {
                return true;
            }
        }
        return false;
    }

    @Override
    public KafkaFailureHandler create(
            KafkaConnectorIncomingConfiguration config,
            Vertx vertx,
            KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler toDeadLetters = deadLetters.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler toStop = stop.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return (isPoison(reason) ? toDeadLetters : toStop).handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toDeadLetters.terminate();
                toStop.terminate();
            }
        };
    }
}
