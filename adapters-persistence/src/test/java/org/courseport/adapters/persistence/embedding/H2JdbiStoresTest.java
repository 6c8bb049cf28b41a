package org.courseport.adapters.persistence.embedding;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class H2JdbiStoresTest extends AbstractJdbiStoresContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
