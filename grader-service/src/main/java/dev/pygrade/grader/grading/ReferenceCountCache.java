package dev.pygrade.grader.grading;

import dev.pygrade.grader.sandbox.ReferenceCounts;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reference counts per exercise version and sandbox image, measured by the first grading that needs them. Gradings
 * that need them meanwhile wait for that one (up to a bound), so the reference is counted once, not once per grading
 * of a burst. Counts depend on the interpreter, so the image is part of the key.
 */
public final class ReferenceCountCache {
    private final ConcurrentHashMap<Key, CompletableFuture<ReferenceCounts>> entries = new ConcurrentHashMap<>();
    private final Duration wait;

    public ReferenceCountCache(Duration wait) {
        this.wait = wait;
    }

    public record Key(String exerciseId, String exerciseVersion, String imageId) {}

    /**
     * The counts, or a claim to measure them: known counts come back at once; while another grading measures them,
     * this waits for it; otherwise the caller measures and must {@link Lookup#complete} or {@link Lookup#abandon}.
     */
    public Lookup lookup(Key key) throws InterruptedException {
        CompletableFuture<ReferenceCounts> mine = new CompletableFuture<>();
        CompletableFuture<ReferenceCounts> existing = entries.putIfAbsent(key, mine);
        if (existing == null) {
            return new Lookup(key, mine, null);
        }
        try {
            return new Lookup(key, null, existing.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return new Lookup(key, null, null); // the measuring grading failed or is slow: measure here, keep nothing
        }
    }

    /** What a grading knows about the reference's counts before it runs. */
    public final class Lookup {
        private final Key key;
        private final CompletableFuture<ReferenceCounts> claim;
        private final ReferenceCounts known;

        private Lookup(Key key, CompletableFuture<ReferenceCounts> claim, ReferenceCounts known) {
            this.key = key;
            this.claim = claim;
            this.known = known;
        }

        public Optional<ReferenceCounts> known() {
            return Optional.ofNullable(known);
        }

        /** The counts this grading measured (if it holds the claim, they become everyone's). */
        public void complete(ReferenceCounts counts) {
            if (claim != null) {
                claim.complete(counts);
            }
        }

        /** This grading could not measure them: the next one tries. */
        public void abandon() {
            if (claim != null && !claim.isDone()) {
                entries.remove(key, claim);
                claim.completeExceptionally(new IllegalStateException("the reference was not counted"));
            }
        }
    }
}
