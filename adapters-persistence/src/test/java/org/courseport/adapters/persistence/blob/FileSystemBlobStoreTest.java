package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.courseport.application.contracts.BlobStoreContract;
import org.courseport.domain.blob.BlobStore;
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

    /** Puts the content again; how many temporary files there were when its last byte had been read. */
    private long temporaryFilesAtItsEnd(byte[] content) throws IOException {
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
        store.put(watched);
        return seen[0];
    }
}
