package org.courseport.adapters.persistence.audit;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.application.contracts.AuditStoreContract;
import org.courseport.domain.audit.AuditStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The audit-store contract on the database stores, run once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractAuditStoreContract extends AuditStoreContract {
    private TestDatabase database;
    private JdbiAuditStore audit;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void open() {
        database = openDatabase();
        audit = new JdbiAuditStore(database.jdbi());
    }

    @AfterAll
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected AuditStore audit() {
        return audit;
    }
}
