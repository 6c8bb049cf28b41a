package org.courseport.adapters.persistence.limit;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class H2RateCountersTest extends AbstractRateCountersContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.h2();
    }
}
