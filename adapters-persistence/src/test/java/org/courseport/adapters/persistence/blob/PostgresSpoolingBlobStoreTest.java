package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.StoredBlob;
import org.junit.jupiter.api.Test;

/** The store as the server runs it on PostgreSQL: large content spooled and hashed first, then written in one transaction. */
class PostgresSpoolingBlobStoreTest extends AbstractBlobStoreContract {
    private Path spool;

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected JdbiBlobStore newStore(TestDatabase database) throws IOException {
        spool = Files.createTempDirectory("blob-spool");
        return new JdbiBlobStore(database.jdbi(), Clock.systemUTC(), spool);
    }

    /**
     * In a batch (an import), large content likely stored already is hashed first, spooled past what memory
     * allows; other large content is written as it is hashed, never spooled, and when it was stored after
     * all, the chunks it wrote go again.
     */
    @Test
    void aBatchHashesFirstOnlyContentLikelyStoredAlready() throws IOException {
        byte[] large = bytes(17 * 1024 * 1024 + 3, 11);
        StoredBlob[] put = new StoredBlob[1];
        long chunks;
        try (BlobBatch batch = store().batch()) {
            assertEquals(0, spoolFilesWhenRead(large, in -> put[0] = batch.put(in)), "new content is not spooled");
            batch.makeDurable();
            chunks = count("select count(*) from blob_chunks");
            assertEquals(1, spoolFilesWhenRead(large, in -> batch.put(in, put[0])), "content likely stored is hashed first");
            assertEquals(chunks, count("select count(*) from blob_chunks"), "so it is not written again");
            assertEquals(put[0], batch.put(new ByteArrayInputStream(large)), "given again with no hint");
            batch.makeDurable();
        }
        assertEquals(chunks, count("select count(*) from blob_chunks"), "the chunks it wrote again are gone");
        try (InputStream in = store().open(put[0].id()).orElseThrow()) {
            assertArrayEquals(large, in.readAllBytes());
        }
    }

    private interface Put {
        void put(InputStream content) throws IOException;
    }

    /** How many spool files there were when the content's last byte had been read. */
    private long spoolFilesWhenRead(byte[] content, Put put) throws IOException {
        long[] seen = {-1};
        put.put(new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n < 0 && seen[0] < 0) {
                    try (Stream<Path> files = Files.list(spool)) {
                        seen[0] = files.count();
                    }
                }
                return n;
            }
        });
        return seen[0];
    }
}
