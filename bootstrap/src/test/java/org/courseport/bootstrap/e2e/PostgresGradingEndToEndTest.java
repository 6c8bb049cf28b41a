package org.courseport.bootstrap.e2e;

import java.nio.file.Path;
import java.util.Map;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.bootstrap.testing.Cli;
import org.courseport.bootstrap.testing.RunningServer;
import org.junit.jupiter.api.AfterEach;

/** The autograder's round trip again with the store, blobs included, in PostgreSQL. */
class PostgresGradingEndToEndTest extends GradingEndToEndTest {
    private TestDatabase database;

    @Override
    protected RunningServer startServer(Path data) {
        database = TestDatabases.postgres();
        return RunningServer.on(data, database.settings());
    }

    @Override
    protected String newToken(String user) {
        DatabaseSettings store = database.settings();
        return Cli.run(Map.of("COURSEPORT_DB_PASSWORD", store.password()),
                "token", "--user", user, "--db-url", store.url(), "--db-user", store.user()).out().strip();
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
