package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.application.contracts.BlobStoreContract;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The blob-store contract on the database store, and how it keeps blobs in chunks, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractBlobStoreContract extends BlobStoreContract {
    private TestDatabase database;
    private JdbiBlobStore store;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() throws IOException {
        database = openDatabase();
        store = newStore(database);
    }

    /** The store under test: by default one that streams large content straight into the database. */
    protected JdbiBlobStore newStore(TestDatabase database) throws IOException {
        return new JdbiBlobStore(database.jdbi(), Clock.systemUTC());
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void contentOfSeveralChunksComesBackByteForByte() throws Exception {
        byte[] content = bytes(2 * JdbiBlobStore.CHUNK_SIZE + 17, 1);

        StoredBlob blob = store.put(new ByteArrayInputStream(content));

        assertEquals(new StoredBlob(new BlobId(sha256(content)), content.length), blob);
        assertEquals(blob, store.find(blob.id()).orElseThrow());
        try (InputStream in = store.open(blob.id()).orElseThrow()) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void aSpoolingStoreHashesFirstAndWritesNothingForContentStoredAlready(@TempDir Path spool) throws Exception {
        JdbiBlobStore spooling = new JdbiBlobStore(database.jdbi(), Clock.systemUTC(), spool);
        // held in memory, then more than memory allows: spooled to disk
        for (byte[] content : List.of(bytes(3 * JdbiBlobStore.CHUNK_SIZE + 9, 7), bytes(17 * 1024 * 1024 + 3, 8))) {
            StoredBlob blob = spooling.put(new ByteArrayInputStream(content));
            try (InputStream in = spooling.open(blob.id()).orElseThrow()) {
                assertArrayEquals(content, in.readAllBytes());
            }
            long chunks = chunkCount();
            assertEquals(blob, spooling.put(new ByteArrayInputStream(content)));
            assertEquals(chunks, chunkCount(), "no chunk written again");
            try (Stream<Path> left = Files.list(spool)) {
                assertEquals(0, left.count(), "the spool is emptied");
            }
        }
    }

    private long chunkCount() {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from blob_chunks").mapTo(Long.class).one());
    }

    @Test
    void contentOfExactlyOneChunkAndOfNoneRoundTrip() throws Exception {
        for (byte[] content : List.of(bytes(JdbiBlobStore.CHUNK_SIZE, 2), new byte[0], bytes(1, 3))) {
            StoredBlob blob = store.put(new ByteArrayInputStream(content));
            try (InputStream in = store.open(blob.id()).orElseThrow()) {
                assertArrayEquals(content, in.readAllBytes());
            }
            assertEquals(content.length, blob.size());
        }
    }

    @Test
    void sameContentIsStoredOnceEvenWhenWrittenAtOnce() throws Exception {
        byte[] content = bytes(JdbiBlobStore.CHUNK_SIZE + 5, 4);
        int writers = 3;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<StoredBlob>> puts = java.util.stream.IntStream.range(0, writers)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return store.put(new ByteArrayInputStream(content));
                    })).toList();
            for (Future<StoredBlob> put : puts) {
                assertEquals(new BlobId(sha256(content)), put.get().id());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1L, count("select count(*) from blobs where id = '" + sha256(content) + "'"));
        assertEquals(2L, count("select count(*) from blob_chunks c join blobs b on b.upload_id = c.upload_id where b.id = '"
                + sha256(content) + "'"));
        try (InputStream in = store.open(new BlobId(sha256(content))).orElseThrow()) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    @Test
    void anUnknownBlobIsNeitherFoundNorOpened() throws Exception {
        BlobId unknown = new BlobId(sha256("never stored".getBytes()));
        assertTrue(store.find(unknown).isEmpty());
        assertTrue(store.open(unknown).isEmpty());
    }

    @Test
    void smallContentStoredAlreadyIsNotWrittenAgain() throws Exception {
        byte[] content = bytes(1000, 9);
        StoredBlob first = store.put(new ByteArrayInputStream(content));
        long chunks = count("select count(*) from blob_chunks");

        assertEquals(first, store.put(new ByteArrayInputStream(content)));

        assertEquals(chunks, count("select count(*) from blob_chunks"));
        assertEquals(0L, count("select count(*) from blob_uploads"));
    }

    @Test
    void aWriteThatFailsLeavesNothingBehind() {
        long uploads = count("select count(*) from blob_uploads");
        long chunks = count("select count(*) from blob_chunks");
        InputStream failing = new InputStream() {
            private int left = JdbiBlobStore.CHUNK_SIZE + 10;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    throw new IOException("the client went away");
                }
                left--;
                return 7;
            }
        };

        assertThrows(IOException.class, () -> store.put(failing));

        assertEquals(uploads, count("select count(*) from blob_uploads"));
        assertEquals(chunks, count("select count(*) from blob_chunks"));
    }

    protected long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    protected static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
