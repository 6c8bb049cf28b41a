package org.courseport.bootstrap.e2e;

import java.nio.file.Path;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.bootstrap.testing.RunningServer;
import org.courseport.domain.course.ArchiveLimits;
import org.junit.jupiter.api.AfterAll;

/** Every course end-to-end case again with the store, blobs included, in PostgreSQL. */
class PostgresCoursesEndToEndTest extends CoursesEndToEndTest {
    private TestDatabase database;

    @Override
    protected RunningServer startServer(Path data, ArchiveLimits limits) {
        database = TestDatabases.postgres();
        return RunningServer.on(data, database.settings(), limits);
    }

    /** Stops the server first, then drops its database. */
    @Override
    @AfterAll
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
