package org.courseport.adapters.persistence.auth;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class PostgresFirstStartTest extends AbstractFirstStartContract {
    @Override
    protected TestDatabase newDatabase() {
        return TestDatabases.postgres();
    }
}
