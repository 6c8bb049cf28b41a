package org.courseport.adapters.persistence.blob;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

/** The store as the server runs it on PostgreSQL: large content spooled and hashed first, then written in one transaction. */
class PostgresSpoolingBlobStoreTest extends AbstractBlobStoreContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected JdbiBlobStore newStore(TestDatabase database) throws IOException {
        return new JdbiBlobStore(database.jdbi(), Clock.systemUTC(), Files.createTempDirectory("blob-spool"));
    }
}
