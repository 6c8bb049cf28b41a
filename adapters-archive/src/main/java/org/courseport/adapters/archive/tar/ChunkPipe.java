package org.courseport.adapters.archive.tar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A large file's bytes on their way from the reading thread, which inflates, to a writer thread, which
 * hashes and writes: the two run on different cores. At most {@code capacity} chunks wait, so memory
 * stays flat. Either side can give up: the reader {@link #fail()}s the writer's stream, and a writer that
 * {@link #close()}s early lets the reader's {@link #send} drop what it no longer wants.
 */
final class ChunkPipe extends InputStream {
    private static final byte[] END = new byte[0];
    private static final byte[] FAILED = new byte[0];

    private final BlockingQueue<byte[]> chunks;
    private volatile boolean closed;
    /** What the writer's read throws once the reader has failed, if the reader said. */
    private volatile Exception failure;
    private byte[] current = new byte[0];
    private int position;

    ChunkPipe(int capacity) {
        this.chunks = new ArrayBlockingQueue<>(capacity);
    }

    /** Reader side: hands over a chunk the pipe now owns, waiting while the pipe is full; false if the writer has gone. */
    boolean send(byte[] chunk) throws InterruptedIOException {
        try {
            while (!closed) {
                if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing a file to its writer");
        }
    }

    /** Reader side: the file is complete. */
    void end() throws InterruptedIOException {
        send(END);
    }

    /** Reader side: the file will not be complete; the writer's read fails, so it stores nothing. */
    void fail() {
        closed = true;
        chunks.clear();
        chunks.offer(FAILED);
    }

    /**
     * Reader side: the stream fails after the chunks sent so far, with {@code cause} itself (an I/O error
     * or a domain refusal), waiting for room unless the writer has gone.
     */
    void fail(Exception cause) throws InterruptedIOException {
        failure = cause;
        send(FAILED);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0; // as InputStream promises: nothing is waited for
        }
        while (position == current.length) {
            if (current == END) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the file's bytes");
            }
            position = 0;
            if (current == FAILED) {
                current = END;
                throwFailure();
            }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    private void throwFailure() throws IOException {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        throw new IOException("the archive could not be read to the end of this file");
    }

    /** Writer side: takes no more; a reader still sending goes on without waiting. */
    @Override
    public void close() {
        closed = true;
        chunks.clear();
    }
}
