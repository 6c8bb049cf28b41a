package org.courseport.adapters.persistence.limit;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class PostgresRateCountersTest extends AbstractRateCountersContract {
    @Override
    protected TestDatabase openDatabase() {
        return TestDatabases.postgres();
    }
}
