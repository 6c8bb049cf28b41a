package org.courseport.adapters.persistence.limit;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.application.contracts.RateCountersContract;
import org.courseport.domain.limit.RateCounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The rate-counters contract on the database stores, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractRateCountersContract extends RateCountersContract {
    private TestDatabase database;
    private JdbiRateCounters counters;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        counters = new JdbiRateCounters(database.jdbi());
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected RateCounters counters() {
        return counters;
    }
}
