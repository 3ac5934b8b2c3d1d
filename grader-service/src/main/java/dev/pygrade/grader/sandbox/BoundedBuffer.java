package dev.pygrade.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Keeps at most {@code limit} bytes of a stream and remembers whether more came; tells a waiter when a whole line
 * has come (the supervisor's report is one line) or the stream ended.
 */
final class BoundedBuffer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;
    private long seen;
    private boolean lineEnded;
    private boolean ended;

    BoundedBuffer(long limit) {
        this.limit = limit;
    }

    synchronized void append(byte[] data) {
        seen += data.length;
        long room = limit - bytes.size();
        if (room > 0) {
            bytes.write(data, 0, (int) Math.min(room, data.length));
        }
        for (byte b : data) {
            if (b == '\n') {
                lineEnded = true;
                notifyAll();
                break;
            }
        }
    }

    /** Whether the stream has ended: a sandbox still waiting for its job has died. */
    synchronized boolean ended() {
        return ended;
    }

    /** The stream has ended (the container's output closed, or the attach failed). */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** Waits until a whole line has come or the stream ended; false when neither happened within the time. */
    synchronized boolean awaitLineOrEnd(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!lineEnded && !ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized boolean overflowed() {
        return seen > limit;
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
