package org.courseport.adapters.persistence.course;

import java.util.UUID;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.domain.course.ImportJobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class H2ImportJobStoreTest extends AbstractImportJobStoreContract {
    private Database database;
    private ImportJobStore store;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.inMemory("jobs-" + UUID.randomUUID()));
        store = new JdbiImportJobStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    protected ImportJobStore store() {
        return store;
    }
}
