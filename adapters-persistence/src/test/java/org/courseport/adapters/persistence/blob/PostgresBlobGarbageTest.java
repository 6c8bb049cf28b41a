package org.courseport.adapters.persistence.blob;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class PostgresBlobGarbageTest extends AbstractBlobGarbageContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
