package org.courseport.adapters.persistence.blob;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class PostgresBlobInventoryTest extends AbstractJdbiBlobInventoryContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
