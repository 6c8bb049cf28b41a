package org.courseport.adapters.persistence.gradeentry;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.roster.JdbiRosterStore;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.contracts.GradeEntryStoreContract;
import org.courseport.domain.gradeentry.GradeEntryStore;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.user.UserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The marks spreadsheet store contract on the database stores, one new database per test. */
public abstract class AbstractGradeEntryStoreContract extends GradeEntryStoreContract {
    private TestDatabase database;
    private JdbiUserStore users;
    private JdbiRosterStore roster;
    private JdbiGradeEntryStore store;

    /** A new, empty database. */
    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        users = new JdbiUserStore(database.jdbi());
        roster = new JdbiRosterStore(database.jdbi());
        store = new JdbiGradeEntryStore(database.jdbi());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected RosterStore roster() {
        return roster;
    }

    @Override
    protected GradeEntryStore store() {
        return store;
    }
}
