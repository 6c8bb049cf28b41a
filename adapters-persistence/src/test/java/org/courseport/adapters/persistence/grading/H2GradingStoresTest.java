package org.courseport.adapters.persistence.grading;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class H2GradingStoresTest extends AbstractGradingStoresContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
