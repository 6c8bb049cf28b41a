package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.courseport.adapters.archive.zip.ZipFileBundleWriter;
import org.courseport.adapters.persistence.blob.FileSystemBlobStore;
import org.courseport.adapters.persistence.blob.JdbiBlobStore;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.FileBundleWriter;

/**
 * Where file contents live (course files and submissions alike), and how several go out as one zip:
 * files under the data directory with the embedded store, in the database itself with PostgreSQL, so
 * that the nodes sharing it keep no state of their own.
 */
public final class BlobModule extends AbstractModule {
    private final Path dataDirectory;
    private final boolean inDatabase;

    public BlobModule(Path dataDirectory, DatabaseSettings database) {
        this.dataDirectory = dataDirectory;
        this.inDatabase = database.isPostgres();
    }

    @Provides
    @Singleton
    BlobStore blobs(Database database, Clock clock) {
        return inDatabase ? new JdbiBlobStore(database.jdbi(), clock) : new FileSystemBlobStore(dataDirectory.resolve("blobs"));
    }

    @Provides
    @Singleton
    FileBundleWriter bundles(BlobStore blobs) {
        return new ZipFileBundleWriter(blobs);
    }
}
