package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.courseport.adapters.persistence.blob.FileSystemBlobStore;
import org.courseport.adapters.persistence.blob.JdbiBlobReferences;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.persistence.embedding.JdbiStores;
import org.courseport.application.blob.BlobCollector;
import org.courseport.application.blob.CollectGarbage;
import org.courseport.domain.blob.BlobInventory;
import org.courseport.domain.blob.BlobStore;

/**
 * Where file contents live (course files and submissions alike): beside the embedded database in the
 * data directory, or in PostgreSQL with everything else so that every node sees them; and their
 * garbage collection, whichever it is.
 */
public final class BlobModule extends AbstractModule {
    private final Path dataDirectory;
    private final DatabaseSettings database;

    public BlobModule(Path dataDirectory, DatabaseSettings database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
    }

    /** The one blob store, under the two ports it serves. */
    record Blobs(BlobStore store, BlobInventory inventory) {
        static <T extends BlobStore & BlobInventory> Blobs of(T store) {
            return new Blobs(store, store);
        }
    }

    @Provides
    @Singleton
    Blobs blobs(JdbiStores stores) {
        if (database.isPostgres()) {
            return Blobs.of(stores.blobs());
        }
        return Blobs.of(new FileSystemBlobStore(dataDirectory.resolve("blobs")));
    }

    @Provides
    BlobStore store(Blobs blobs) {
        return blobs.store();
    }

    @Provides
    @Singleton
    CollectGarbage collectGarbage(Blobs blobs, Database database, Clock clock) {
        return new BlobCollector(blobs.inventory(), new JdbiBlobReferences(database.jdbi()), clock);
    }
}
