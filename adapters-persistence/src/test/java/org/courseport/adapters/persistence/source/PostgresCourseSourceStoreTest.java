package org.courseport.adapters.persistence.source;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class PostgresCourseSourceStoreTest extends AbstractCourseSourceStoreContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
