package org.courseport.adapters.persistence.grading;

import java.util.UUID;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/** The grading store contract on H2 in PostgreSQL mode, one in-memory database per test. */
class H2GradingStoresTest extends AbstractGradingStoresContract {
    private Database database;

    @Override
    protected Jdbi freshDatabase() {
        database = Database.open(DatabaseSettings.inMemory("grading-" + UUID.randomUUID()));
        return database.jdbi();
    }

    @AfterEach
    void close() {
        database.close();
    }
}
