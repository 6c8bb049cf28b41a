package org.courseport.adapters.persistence.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
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
}
