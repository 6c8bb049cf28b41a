package org.courseport.bootstrap.durability;

import java.nio.file.Path;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The killed import again with blobs in PostgreSQL, written with asynchronous commits up to the barrier. */
class PostgresImportCrashTest extends ImportCrashTest {
    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.postgres();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) { // null when there is no PostgreSQL and the test skipped
            database.close();
        }
    }

    @Override
    protected ServerProcess launch(Path data) {
        return ServerProcess.launch(data, database.settings());
    }
}
