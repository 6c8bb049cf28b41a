package org.courseport.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.courseport.adapters.persistence.blob.JdbiBlobStore;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.domain.blob.BlobStore;

/** Where file contents live, course files and submission files alike. */
public final class BlobModule extends AbstractModule {

    @Provides
    @Singleton
    BlobStore blobs(Database database, Clock clock) {
        return new JdbiBlobStore(database.jdbi(), clock);
    }
}
