package dev.pygrade.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps at most {@code limit} bytes of a stream and remembers whether more came. */
final class BoundedBuffer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;
    private long seen;

    BoundedBuffer(long limit) {
        this.limit = limit;
    }

    synchronized void append(byte[] data) {
        seen += data.length;
        long room = limit - bytes.size();
        if (room > 0) {
            bytes.write(data, 0, (int) Math.min(room, data.length));
        }
    }

    synchronized boolean overflowed() {
        return seen > limit;
    }

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
