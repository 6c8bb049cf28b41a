package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.courseport.adapters.persistence.blob.FileSystemBlobStore;
import org.courseport.adapters.persistence.blob.JdbiBlobStore;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
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

    /** On PostgreSQL large content is hashed in a spool of the data directory first, so content stored already is not sent again. */
    @Provides
    @Singleton
    CollectableBlobStore blobs(Database db, Clock clock) {
        if (database.isPostgres()) {
            return new JdbiBlobStore(db.jdbi(), clock, dataDirectory.resolve("blob-spool"));
        }
        return new FileSystemBlobStore(dataDirectory.resolve("blobs"));
    }
}
