package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.courseport.application.contracts.BlobStoreContract;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.LimitExceeded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path root;
    private FileSystemBlobStore store;

    @BeforeEach
    void open() {
        store = new FileSystemBlobStore(root.resolve("blobs"));
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void aRefusalMidStreamLeavesNoFileBehind() throws IOException {
        InputStream bomb = new SequenceInputStream(new ByteArrayInputStream(random(2 * 1024 * 1024)), new InputStream() {
            @Override
            public int read() {
                throw new LimitExceeded("too big");
            }
        });
        assertThrows(LimitExceeded.class, () -> store.put(bomb));
        try (Stream<Path> files = Files.walk(root).filter(Files::isRegularFile)) {
            assertEquals(0, files.count());
        }
    }

    /** Files are synced in the background as they are written, yet none is named before the barrier, nor ever without it. */
    @Test
    void aBatchNamesNothingBeforeItsBarrierAndLeavesNothingWithoutOne() throws IOException {
        List<StoredBlob> put = new ArrayList<>();
        try (BlobBatch batch = store.batch()) {
            for (int size = 1000; size < 2_000_000; size *= 3) {
                put.add(batch.put(new ByteArrayInputStream(random(size))));
            }
            for (StoredBlob blob : put) {
                assertTrue(store.find(blob.id()).isEmpty(), "named before the barrier");
            }
        }
        for (StoredBlob blob : put) {
            assertTrue(store.find(blob.id()).isEmpty(), "named though the batch was closed without its barrier");
        }
        try (Stream<Path> files = Files.walk(root).filter(Files::isRegularFile)) {
            assertEquals(0, files.count());
        }
    }

    /** A single put (a submission's file) syncs on its own thread, never queued behind an import's syncs. */
    @Test
    void aSinglePutDoesNotWaitForTheSyncThreads() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Object>> busy = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            busy.add(DiskSync.later(() -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
        }
        try {
            byte[] content = random(500_000);
            StoredBlob blob = CompletableFuture.supplyAsync(() -> {
                try {
                    return store.put(new ByteArrayInputStream(content));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(10, TimeUnit.SECONDS);
            assertTrue(store.find(blob.id()).isPresent());
        } finally {
            release.countDown();
            DiskSync.awaitAll(busy);
        }
    }

    /** Hashed first, content stored already is never written, as far as memory allows; beyond that it is written as read. */
    @Test
    void largeContentIsHashedBeforeAnythingIsWrittenAsFarAsMemoryAllows() throws IOException {
        byte[] stored = random(3 * 1024 * 1024);
        byte[] tooLarge = random(17 * 1024 * 1024);
        store.put(new ByteArrayInputStream(stored));
        store.put(new ByteArrayInputStream(tooLarge));

        assertEquals(0, temporaryFilesAtItsEnd(stored));
        assertEquals(1, temporaryFilesAtItsEnd(tooLarge));
    }

    /**
     * Content given as likely a stored blob is compared with that blob's file: when it is the same, nothing
     * is written, even beyond what memory allows to hash first, and the blob is renewed.
     */
    @Test
    void contentThatIsItsLikelyBlobIsNeverWrittenAgainWhateverItsSize() throws IOException {
        byte[] tooLarge = random(17 * 1024 * 1024);
        StoredBlob blob = store.put(new ByteArrayInputStream(tooLarge));
        Path file = root.resolve("blobs").resolve(blob.id().sha256().substring(0, 2))
                .resolve(blob.id().sha256().substring(2, 4)).resolve(blob.id().sha256());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        byte[] changed = tooLarge.clone();
        changed[changed.length - 1] ^= 1;
        try (BlobBatch batch = store.batch()) {
            assertEquals(0, temporaryFilesAtItsEnd(tooLarge, in -> batch.put(in, blob)));
            assertEquals(1, temporaryFilesAtItsEnd(changed, in -> batch.put(in, blob)));
            batch.makeDurable();
        }
        assertTrue(Files.getLastModifiedTime(file).toInstant().isAfter(Instant.parse("2026-01-01T00:00:00Z")), "renewed");
    }

    private interface Put {
        StoredBlob put(InputStream content) throws IOException;
    }

    /** Puts the content again; how many temporary files there were when its last byte had been read. */
    private long temporaryFilesAtItsEnd(byte[] content) throws IOException {
        return temporaryFilesAtItsEnd(content, store::put);
    }

    private long temporaryFilesAtItsEnd(byte[] content, Put put) throws IOException {
        long[] seen = {-1};
        InputStream watched = new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n < 0 && seen[0] < 0) {
                    try (Stream<Path> files = Files.list(root.resolve("blobs").resolve("incoming"))) {
                        seen[0] = files.count();
                    }
                }
                return n;
            }
        };
        put.put(watched);
        return seen[0];
    }
}
