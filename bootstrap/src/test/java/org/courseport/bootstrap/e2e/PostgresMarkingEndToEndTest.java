package org.courseport.bootstrap.e2e;

import java.nio.file.Path;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.bootstrap.testing.RunningServer;
import org.junit.jupiter.api.AfterEach;

/** The marking robot again with everything in PostgreSQL. */
class PostgresMarkingEndToEndTest extends MarkingEndToEndTest {
    private TestDatabase database;

    @Override
    protected RunningServer startServer(Path data) {
        database = TestDatabases.postgres();
        return RunningServer.on(data, database.settings());
    }

    /** Stops the server first, then drops its database. */
    @Override
    @AfterEach
    void stop() {
        try {
            super.stop();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
