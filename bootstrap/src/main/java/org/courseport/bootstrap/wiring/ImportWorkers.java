package org.courseport.bootstrap.wiring;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads course imports run on; stopping lets running imports finish within a grace period. */
public final class ImportWorkers {
    private final ExecutorService executor;

    public ImportWorkers(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = task -> new Thread(task, "course-import-" + count.incrementAndGet());
        this.executor = Executors.newFixedThreadPool(threads, named);
    }

    public ExecutorService executor() {
        return executor;
    }

    /** Takes no new imports, waits for running ones, then interrupts what is left so it fails cleanly. */
    public void stop(Duration grace) {
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
