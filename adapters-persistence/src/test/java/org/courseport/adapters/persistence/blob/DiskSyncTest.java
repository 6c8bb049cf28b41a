package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSyncTest {
    @TempDir
    Path folder;

    @Test
    void forcesManyFilesAndFoldersSideBySide() throws IOException {
        List<Path> paths = new ArrayList<>(List.of(folder));
        for (int i = 0; i < 40; i++) {
            paths.add(Files.writeString(folder.resolve("f" + i), "content " + i));
        }
        DiskSync.forceAll(paths);
        assertThrows(NoSuchFileException.class, () -> DiskSync.forceAll(List.of(folder.resolve("missing"))));
    }

    /** A barrier that fails must not return while work it started still runs, and says why it failed. */
    @Test
    void awaitingAllWaitsForEveryOneThenThrowsTheFirstFailureAsItWas() throws Exception {
        IOException first = new IOException("first");
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> slow = DiskSync.later(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        });
        List<CompletableFuture<Object>> running = List.of(
                DiskSync.later(() -> {
                    throw first;
                }),
                DiskSync.later(() -> {
                    throw new IOException("second");
                }),
                slow);
        CompletableFuture<IOException> awaited = CompletableFuture.supplyAsync(
                () -> assertThrows(IOException.class, () -> DiskSync.awaitAll(running)));
        Thread.sleep(200);
        assertTrue(!awaited.isDone(), "returned before the slow one ended");
        release.countDown();
        assertSame(first, awaited.get(10, TimeUnit.SECONDS));
        assertEquals("done", slow.get());
    }
}
