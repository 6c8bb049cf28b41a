package org.courseport.bootstrap.logging;

import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The log on standard error, written a batch at a time: one system call per tenth of a second at most
 * instead of one per line, which under load is one per request. A line is on standard error within a
 * tenth of a second; a normal exit writes everything (logback's shutdown hook stops the appenders). A
 * {@code kill -9} may lose the last tenth of a second of lines, as it loses those still queued in the
 * asynchronous appender in front of this one.
 */
public final class BatchedStderrAppender<E> extends OutputStreamAppender<E> {
    private static final long FLUSH_MILLIS = 100;
    private static final int BUFFER_BYTES = 1 << 16;

    private ScheduledExecutorService flusher;

    @Override
    public void start() {
        BufferedOutputStream batches = new BufferedOutputStream(new KeptOpen(System.err), BUFFER_BYTES);
        setOutputStream(batches);
        setImmediateFlush(false);
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "log-flusher");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(() -> flush(batches), FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        super.start();
    }

    @Override
    public void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        super.stop();
    }

    private void flush(OutputStream batches) {
        try {
            batches.flush();
        } catch (IOException e) {
            addError("cannot write the log to standard error", e);
        }
    }

    /** Standard error stays open for whatever writes after the log is stopped. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
