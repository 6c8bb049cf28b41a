package org.courseport.bootstrap.testing;

import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new PostgreSQL schema for each test, dropped after it: for the tests that run a server process
 * again on PostgreSQL ({@code @RegisterExtension final FreshPostgres postgres = new FreshPostgres();}).
 */
public final class FreshPostgres implements BeforeEachCallback, AfterEachCallback {
    private TestDatabase database;

    @Override
    public void beforeEach(ExtensionContext context) {
        database = TestDatabases.postgres();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) { // null when there is no PostgreSQL and the test skipped
            database.close();
            database = null;
        }
    }

    public DatabaseSettings settings() {
        return database.settings();
    }
}
