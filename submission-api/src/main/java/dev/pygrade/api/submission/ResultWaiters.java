package dev.pygrade.api.submission;

import dev.pygrade.api.result.SubmissionGraded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wakes requests that wait for a submission's result ({@code GET …/{id}?wait=}) when this instance stores one: the
 * results consumer's commit fires {@link SubmissionGraded}. A result stored by another instance of the API wakes
 * nobody here; the waiting request reads it when its wait ends.
 */
@ApplicationScoped
public class ResultWaiters {
    private final ConcurrentHashMap<UUID, Set<CompletableFuture<Void>>> waiting = new ConcurrentHashMap<>();

    /** Registers a wait for the submission's next stored result; close it when done waiting. */
    public Waiter register(UUID submissionId) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        waiting.computeIfAbsent(submissionId, id -> ConcurrentHashMap.newKeySet())
                .add(stored);
        return new Waiter(submissionId, stored);
    }

    void onGraded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionGraded graded) {
        Set<CompletableFuture<Void>> woken = waiting.remove(graded.submissionId());
        if (woken != null) {
            woken.forEach(stored -> stored.complete(null));
        }
    }

    /** How many waits are registered (for tests: none may be left behind). */
    int registered() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    public final class Waiter implements AutoCloseable {
        private final UUID submissionId;
        private final CompletableFuture<Void> stored;

        private Waiter(UUID submissionId, CompletableFuture<Void> stored) {
            this.submissionId = submissionId;
            this.stored = stored;
        }

        /** Blocks until a result is stored here or {@code limit} has passed. */
        public void await(Duration limit) throws InterruptedException {
            try {
                stored.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // the wait ends either way: the caller reads the submission as it is now
            }
        }

        @Override
        public void close() {
            waiting.computeIfPresent(submissionId, (id, futures) -> {
                futures.remove(stored);
                return futures.isEmpty() ? null : futures;
            });
        }
    }
}
