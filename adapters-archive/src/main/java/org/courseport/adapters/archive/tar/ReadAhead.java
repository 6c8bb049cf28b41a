package org.courseport.adapters.archive.tar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A body read ahead on a thread of its own, into at most {@value #CHUNKS} chunks of {@value #CHUNK}
 * bytes, while the caller inflates what came before. Receiving a body costs the HTTP server's decoding
 * and copying, about as much as inflating it: read ahead, the two take two cores instead of turns on one.
 * A failure of the body (an I/O error, a limit) reaches the caller as it was thrown, in its place in the
 * stream. Closing stops the reading and waits for it, so nothing reads the body once the caller is done.
 */
final class ReadAhead extends InputStream {
    private static final int CHUNK = 256 * 1024;
    private static final int CHUNKS = 8;
    private static final Chunk END = new Chunk(new byte[0], 0, null);

    /** Bytes read, or the end, or the failure that ended the body. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
    }

    private final InputStream body;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private volatile boolean closed;
    private Chunk current = new Chunk(new byte[0], 0, null);
    private int position;

    ReadAhead(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::readAll, "course-import-body");
        reader.setDaemon(true);
        reader.start();
    }

    /** Fills chunks until the body ends or fails; the bytes read before a failure are handed on first. */
    private void readAll() {
        while (!closed) {
            byte[] bytes = new byte[CHUNK];
            int length = 0;
            Chunk last = null;
            try {
                while (length < CHUNK && last == null) {
                    int n = body.read(bytes, length, CHUNK - length);
                    if (n < 0) {
                        last = END;
                    } else {
                        length += n;
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                last = new Chunk(new byte[0], 0, e);
            }
            if (length > 0 && !hand(new Chunk(bytes, length, null))) {
                return;
            }
            if (last != null) {
                hand(last);
                return;
            }
        }
    }

    /** Waits for room, unless the caller is gone; false if it is. */
    private boolean hand(Chunk chunk) {
        try {
            while (!closed) {
                if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length()) {
            throwIfFailed(current.failure());
            if (current == END) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the body");
            }
            position = 0;
        }
        int n = Math.min(length, current.length() - position);
        System.arraycopy(current.bytes(), position, into, offset, n);
        position += n;
        return n;
    }

    /** The body's failure, thrown again at every read after it. */
    private static void throwIfFailed(Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        chunks.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the body's reader stopped");
        }
        body.close();
    }
}
