package org.courseport.adapters.persistence.blob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.courseport.application.contracts.BlobInventoryContract;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobInventory;
import org.courseport.domain.blob.BlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobInventoryTest extends BlobInventoryContract {
    @TempDir
    Path data;
    private FileSystemBlobStore store;

    @BeforeEach
    void open() {
        store = new FileSystemBlobStore(data.resolve("blobs"));
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Override
    protected BlobInventory inventory() {
        return store;
    }

    @Override
    protected void age(BlobId id, Instant lastWritten) throws IOException {
        String hex = id.sha256();
        Files.setLastModifiedTime(data.resolve("blobs").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex),
                FileTime.from(lastWritten));
    }

    @Override
    protected void abandonWrite(Instant started) throws IOException {
        Path part = Files.createTempFile(data.resolve("blobs/incoming"), "blob-", ".part");
        Files.write(part, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(part, FileTime.from(started));
    }
}
