package dev.pygrade.api.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code pygrade.events.*}: the server-sent event stream of a submission's status. */
public interface EventStreamConfig {
    /**
     * How often an open stream re-reads its submission although nothing woke it: a result stored by another instance
     * of the API wakes nobody here. Each re-read also keeps proxies from closing an idle stream.
     */
    @WithDefault("15S")
    Duration recheck();

    /** How long one stream stays open at most; the client's EventSource reconnects and gets the status afresh. */
    @WithDefault("5M")
    Duration maxDuration();

    /** Most streams open at once on this instance; more are answered 503 (problem+json). */
    @WithDefault("1000")
    int maxOpen();
}
