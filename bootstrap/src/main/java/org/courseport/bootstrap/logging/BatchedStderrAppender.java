package org.courseport.bootstrap.logging;

import ch.qos.logback.core.ConsoleAppender;
import java.io.BufferedOutputStream;
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
 * asynchronous appender in front of this one. Closing the batches leaves standard error open: the
 * console's own stream does not close it.
 */
public final class BatchedStderrAppender<E> extends ConsoleAppender<E> {
    private static final long FLUSH_MILLIS = 100;
    private static final int BUFFER_BYTES = 1 << 16;

    private ScheduledExecutorService flusher;

    @Override
    public void start() {
        setTarget("System.err");
        super.start();
        BufferedOutputStream batches = new BufferedOutputStream(getOutputStream(), BUFFER_BYTES);
        setOutputStream(batches);
        setImmediateFlush(false);
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "log-flusher");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(() -> flush(batches), FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
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
}
