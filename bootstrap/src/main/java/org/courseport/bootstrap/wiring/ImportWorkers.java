package org.courseport.bootstrap.wiring;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads course imports run on, and those that store an archive's small files while its import
 * thread reads on (storing is mostly waiting for the disk to sync, so there are more of them than
 * cores), and those that deflate exports, one per core. Stopping lets running imports finish within a
 * grace period.
 */
public final class ImportWorkers {
    private static final int BLOB_WRITERS = 16;
    public static final int DEFLATERS = Runtime.getRuntime().availableProcessors();

    private final ExecutorService executor;
    private final ExecutorService blobWriters;
    private final ExecutorService deflaters;

    public ImportWorkers(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, named("course-import-"));
        this.blobWriters = Executors.newFixedThreadPool(BLOB_WRITERS, named("blob-writer-"));
        this.deflaters = Executors.newFixedThreadPool(DEFLATERS, named("deflater-"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }

    public ExecutorService executor() {
        return executor;
    }

    public ExecutorService blobWriters() {
        return blobWriters;
    }

    public ExecutorService deflaters() {
        return deflaters;
    }

    /** Takes no new imports, waits for running ones, then interrupts what is left so it fails cleanly. */
    public void stop(Duration grace) {
        stop(executor, grace);
        stop(blobWriters, Duration.ofSeconds(5));
        stop(deflaters, Duration.ofSeconds(5));
    }

    private static void stop(ExecutorService executor, Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
