package org.courseport.adapters.persistence.blob;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Forces files (or directories) to disk, many at once: a file system commits concurrent syncs together,
 * so a thousand files synced side by side cost far less than a thousand synced in turn. The syncs run
 * on a pool of daemon threads shared by every store, idle threads ending after a while.
 */
final class DiskSync {
    private static final int AT_ONCE = 32;
    /** Fewer files than this are synced or renamed on the caller's thread: threads would cost more than they save. */
    private static final int WORTH_THREADS = 4;
    private static final ThreadPoolExecutor SYNCS = pool();

    private DiskSync() {
    }

    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "disk-sync");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Runs {@code work} on a sync thread, so a writer goes on while the disk catches up. */
    static <T> CompletableFuture<T> later(IoWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SYNCS);
    }

    /** Runs {@code work} here; its failure is the future's, as with {@link #later}. */
    static <T> CompletableFuture<T> now(IoWork<T> work) {
        try {
            return CompletableFuture.completedFuture(work.run());
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof IOException io ? new UncheckedIOException(io) : e);
        }
    }

    /** Runs {@code work}, one of {@code count} done side by side: on a sync thread, unless so few are not worth threads. */
    static <T> CompletableFuture<T> oneOf(int count, IoWork<T> work) {
        return count < WORTH_THREADS ? now(work) : later(work);
    }

    static void forceAll(List<Path> paths) throws IOException {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Path path : paths) {
            running.add(oneOf(paths.size(), () -> {
                force(path);
                return null;
            }));
        }
        awaitAll(running);
    }

    /** Waits for every one, then throws the first failure as the I/O error it was. */
    static <T> List<T> awaitAll(List<CompletableFuture<T>> running) throws IOException {
        List<T> results = new ArrayList<>(running.size());
        IOException failed = null;
        for (CompletableFuture<T> one : running) {
            try {
                results.add(one.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while syncing to disk");
            } catch (ExecutionException e) {
                if (failed == null) {
                    Throwable cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause() : e.getCause();
                    failed = cause instanceof IOException io ? io : new IOException(cause);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        return results;
    }

    /** A directory is opened for reading, which is how Linux lets one sync its entries. */
    static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    interface IoWork<T> {
        T run() throws IOException;
    }
}
