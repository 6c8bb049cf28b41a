package org.courseport.adapters.persistence.gradeentry;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class H2GradeEntryStoreTest extends AbstractGradeEntryStoreContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
