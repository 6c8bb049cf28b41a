package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import org.courseport.adapters.archive.zip.ZipFileBundleWriter;
import org.courseport.adapters.persistence.blob.FileSystemBlobStore;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.FileBundleWriter;

/** Where file contents live (course files and submissions alike), and how several go out as one zip. */
public final class BlobModule extends AbstractModule {
    private final Path dataDirectory;

    public BlobModule(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Provides
    @Singleton
    BlobStore blobs() {
        return new FileSystemBlobStore(dataDirectory.resolve("blobs"));
    }

    @Provides
    @Singleton
    FileBundleWriter bundles(BlobStore blobs) {
        return new ZipFileBundleWriter(blobs);
    }
}
