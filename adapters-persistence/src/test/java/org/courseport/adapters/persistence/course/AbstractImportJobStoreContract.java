package org.courseport.adapters.persistence.course;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.application.contracts.ImportJobStoreContract;
import org.courseport.domain.course.ImportJobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The ImportJobStore contract on the database store, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractImportJobStoreContract extends ImportJobStoreContract {
    private TestDatabase database;
    private ImportJobStore store;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        store = new JdbiImportJobStore(database.jdbi());
    }

    @AfterAll
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
