package org.courseport.bootstrap.testing;

import java.nio.file.Path;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server of the jar's own wiring for each test, on the embedded store in a fresh data directory. A
 * subclass that answers {@link #onPostgres()} runs the same tests with everything in a fresh PostgreSQL
 * schema, dropped after the server stops.
 */
public abstract class ServerPerTest {
    @TempDir
    protected Path data;
    protected RunningServer server;
    private TestDatabase database;

    /** Whether the tests run on PostgreSQL instead of the embedded store. */
    protected boolean onPostgres() {
        return false;
    }

    /** The PostgreSQL store of the running test; only when {@link #onPostgres()}. */
    protected DatabaseSettings postgres() {
        return database.settings();
    }

    @BeforeEach
    final void startServer() {
        if (onPostgres()) {
            database = TestDatabases.postgres();
            server = RunningServer.on(data, database.settings());
        } else {
            server = RunningServer.embedded(data);
        }
    }

    /** Stops the server first, then drops its database. */
    @AfterEach
    final void stopServer() {
        try {
            if (server != null) { // null when the store was unavailable and the test skipped
                server.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
