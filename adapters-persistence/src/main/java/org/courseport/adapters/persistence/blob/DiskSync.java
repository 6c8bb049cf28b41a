package org.courseport.adapters.persistence.blob;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Forces files (or directories) to disk, many at once: a file system commits concurrent syncs in one
 * journal commit, so a thousand files synced together cost far less than a thousand synced in turn.
 */
final class DiskSync {
    private static final int AT_ONCE = 32;

    private DiskSync() {
    }

    static void forceAll(List<Path> paths) throws IOException {
        if (paths.size() < 4) { // not worth threads
            for (Path path : paths) {
                force(path);
            }
            return;
        }
        ExecutorService syncs = Executors.newFixedThreadPool(Math.min(AT_ONCE, paths.size()), task -> {
            Thread thread = new Thread(task, "disk-sync");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Path path : paths) {
                running.add(syncs.submit(() -> {
                    force(path);
                    return null;
                }));
            }
            for (Future<?> sync : running) {
                sync.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while syncing to disk");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            syncs.shutdownNow();
        }
    }

    /** A directory is opened for reading, which is how Linux lets one sync its entries. */
    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
