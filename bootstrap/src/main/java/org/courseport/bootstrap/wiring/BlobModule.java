package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import org.courseport.adapters.persistence.blob.FileSystemBlobStore;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.application.embedding.CourseportStores;
import org.courseport.domain.blob.CollectableBlobStore;

/**
 * Where file contents live (course files and submissions alike): beside the embedded database in the
 * data directory, or in PostgreSQL with everything else so that every node sees them.
 */
public final class BlobModule extends AbstractModule {
    private final Path dataDirectory;
    private final DatabaseSettings database;

    public BlobModule(Path dataDirectory, DatabaseSettings database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
    }

    @Provides
    @Singleton
    CollectableBlobStore blobs(CourseportStores stores) {
        if (database.isPostgres()) {
            return stores.blobs();
        }
        return new FileSystemBlobStore(dataDirectory.resolve("blobs"));
    }
}
