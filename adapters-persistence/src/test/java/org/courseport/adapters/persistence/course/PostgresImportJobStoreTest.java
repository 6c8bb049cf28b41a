package org.courseport.adapters.persistence.course;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.domain.course.ImportJobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract assumes an empty store for each test, so each gets a schema of its own. */
class PostgresImportJobStoreTest extends AbstractImportJobStoreContract {
    private TestDatabase database;
    private ImportJobStore store;

    @BeforeEach
    void open() {
        database = TestDatabases.postgres();
        store = new JdbiImportJobStore(database.jdbi());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ImportJobStore store() {
        return store;
    }
}
