package org.courseport.adapters.persistence.embedding;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class PostgresJdbiStoresTest extends AbstractJdbiStoresContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
