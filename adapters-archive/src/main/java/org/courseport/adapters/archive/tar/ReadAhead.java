package org.courseport.adapters.archive.tar;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * A body received on a thread of its own, at most {@value #CHUNKS} chunks of {@value #CHUNK} bytes ahead
 * of the reader, which meanwhile inflates what came before. Receiving costs the HTTP server's decoding
 * and copying, about as much as inflating: this way the two take two cores instead of turns on one.
 * A failure of the body (an I/O error, a limit) reaches the reader as it was thrown. Closing stops the
 * receiving and waits for it, so nothing reads the body once the reader is done with it.
 */
final class ReadAhead implements Closeable {
    private static final int CHUNK = 256 * 1024;
    private static final int CHUNKS = 8;

    private final InputStream body;
    private final ChunkPipe pipe = new ChunkPipe(CHUNKS);
    private final Thread receiver;

    ReadAhead(InputStream body) {
        this.body = body;
        this.receiver = new Thread(this::receive, "course-import-body");
        receiver.setDaemon(true);
        receiver.start();
    }

    /** The body as received so far, then as it comes. */
    InputStream stream() {
        return pipe;
    }

    private void receive() {
        try {
            for (byte[] chunk = TarGzCourseArchiveReader.read(body, CHUNK); chunk.length > 0;
                 chunk = TarGzCourseArchiveReader.read(body, CHUNK)) {
                if (!pipe.send(chunk)) {
                    return; // the reader is done
                }
            }
            pipe.end();
        } catch (IOException | RuntimeException e) {
            failWith(e);
        }
    }

    private void failWith(Exception cause) {
        try {
            pipe.fail(cause);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        pipe.close();
        try {
            receiver.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the body's receiver stopped");
        }
        body.close();
    }
}
