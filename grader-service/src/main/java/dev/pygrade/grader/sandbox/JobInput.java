package dev.pygrade.grader.sandbox;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The sandbox's stdin as the attach stream reads it: it blocks until the job is given (a container may be started
 * ahead of its job), then serves the job's bytes once.
 */
final class JobInput extends InputStream {
    private final CompletableFuture<byte[]> job = new CompletableFuture<>();
    private byte[] bytes;
    private int position;

    void provide(byte[] framedJob) {
        job.complete(framedJob);
    }

    @Override
    public void close() {
        job.complete(new byte[0]);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (bytes == null) {
            try {
                bytes = job.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            } catch (ExecutionException e) {
                return -1;
            }
        }
        if (position >= bytes.length) {
            return -1;
        }
        int count = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, count);
        position += count;
        return count;
    }
}
