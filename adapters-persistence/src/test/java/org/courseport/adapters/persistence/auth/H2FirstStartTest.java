package org.courseport.adapters.persistence.auth;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;

class H2FirstStartTest extends AbstractFirstStartContract {
    @Override
    protected TestDatabase newDatabase() {
        return TestDatabases.h2();
    }
}
