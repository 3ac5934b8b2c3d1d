package dev.pygrade.api.submission;

import dev.pygrade.api.auth.Principal;
import dev.pygrade.api.config.EventStreamConfig;
import dev.pygrade.api.config.PygradeConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Follows submissions for their event streams: each stream gets the submission as it is, then again every time its
 * status changes, and ends once it is graded (or failed). Woken by {@link SubmissionStatusChanged} after its commit;
 * a change stored by another instance of the API is read at the next recheck.
 */
@ApplicationScoped
public class SubmissionStreams {
    private static final Logger LOG = Logger.getLogger(SubmissionStreams.class);

    private final ConcurrentHashMap<UUID, Set<Follower>> following = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final SubmissionQueries queries;
    private final EventStreamConfig config;

    public SubmissionStreams(SubmissionQueries queries, PygradeConfig config) {
        this.queries = queries;
        this.config = config.events();
    }

    /** The stream of {@code first}'s submission as {@code caller} may see it, starting with {@code first}. */
    public Multi<SubmissionView> follow(Principal caller, SubmissionView first) {
        if (first.status().isFinal()) {
            return Multi.createFrom().item(first);
        }
        if (open.incrementAndGet() > config.maxOpen()) {
            open.decrementAndGet();
            throw new TooManyStreamsException(config.maxOpen());
        }
        return Multi.createFrom().emitter(emitter -> {
            Follower follower = new Follower(caller, UUID.fromString(first.id()), emitter, first.status());
            following
                    .computeIfAbsent(follower.submissionId, id -> ConcurrentHashMap.newKeySet())
                    .add(follower);
            emitter.onTermination(() -> stop(follower));
            emitter.emit(first);
            follower.schedule();
            // A change stored before this stream registered is not missed. On a worker: this runs on the I/O thread.
            Infrastructure.getDefaultWorkerPool().execute(follower::recheck);
        });
    }

    void onMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionStatusChanged moved) {
        Set<Follower> followers = following.get(moved.submissionId());
        if (followers != null) {
            // Off the consumer's thread: each re-read is a query of its own.
            followers.forEach(f -> Infrastructure.getDefaultWorkerPool().execute(f::recheck));
        }
    }

    /** Streams open on this instance (for tests: none may be left behind). */
    int openStreams() {
        return open.get();
    }

    private void stop(Follower follower) {
        if (follower.stopped()) {
            following.computeIfPresent(follower.submissionId, (id, followers) -> {
                followers.remove(follower);
                return followers.isEmpty() ? null : followers;
            });
            open.decrementAndGet();
        }
    }

    private final class Follower {
        private final Principal caller;
        private final UUID submissionId;
        private final MultiEmitter<? super SubmissionView> emitter;
        private final long endsAtNanos;
        private SubmissionStatus last;
        private ScheduledFuture<?> rechecks;
        private boolean stopped;

        private Follower(
                Principal caller,
                UUID submissionId,
                MultiEmitter<? super SubmissionView> emitter,
                SubmissionStatus last) {
            this.caller = caller;
            this.submissionId = submissionId;
            this.emitter = emitter;
            this.last = last;
            this.endsAtNanos = System.nanoTime() + config.maxDuration().toNanos();
        }

        private synchronized void schedule() {
            long every = config.recheck().toMillis();
            rechecks = Infrastructure.getDefaultWorkerPool()
                    .scheduleAtFixedRate(this::recheck, every, every, TimeUnit.MILLISECONDS);
        }

        /** Emits the submission if its status moved; ends the stream once it is final or has lasted long enough. */
        private synchronized void recheck() {
            if (stopped) {
                return;
            }
            try {
                SubmissionView now = queries.freshView(caller, submissionId.toString());
                if (now.status() != last) {
                    last = now.status();
                    emitter.emit(now);
                }
                if (now.status().isFinal() || System.nanoTime() - endsAtNanos >= 0) {
                    emitter.complete();
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "event stream of submission %s ends: could not read it", submissionId);
                emitter.fail(e);
            }
        }

        /** True the first time only: the stream's end is counted once, whichever way it ended. */
        private synchronized boolean stopped() {
            if (stopped) {
                return false;
            }
            stopped = true;
            if (rechecks != null) {
                rechecks.cancel(false);
            }
            return true;
        }
    }
}
