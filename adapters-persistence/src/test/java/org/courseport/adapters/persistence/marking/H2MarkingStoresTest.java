package org.courseport.adapters.persistence.marking;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class H2MarkingStoresTest extends AbstractMarkingStoresContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
