package dev.pygrade.api.ratelimit;

/** A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perMinute}. */
final class TokenBucket {
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updated;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = Math.max(1, capacity);
        this.tokensPerNano = Math.max(1, perMinute) / 60e9;
        this.tokens = this.capacity;
        this.updated = now;
    }

    /** Takes one token; returns 0 when it could, else the nanoseconds until one is there. */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** Gives back a token taken for a request that another bucket then refused. */
    synchronized void giveBack() {
        tokens = Math.min(capacity, tokens + 1);
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        // A wall clock set back refills nothing, and takes nothing away.
        tokens = Math.min(capacity, tokens + Math.max(0, now - updated) * tokensPerNano);
        updated = Math.max(updated, now);
    }
}
