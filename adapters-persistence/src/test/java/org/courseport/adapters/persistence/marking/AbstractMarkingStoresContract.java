package org.courseport.adapters.persistence.marking;

import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.grading.JdbiAssignmentStore;
import org.courseport.adapters.persistence.grading.JdbiGroupStore;
import org.courseport.adapters.persistence.grading.JdbiSubmissionStore;
import org.courseport.adapters.persistence.roster.JdbiRosterStore;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.contracts.MarkingStoresContract;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.marking.CriterionStore;
import org.courseport.domain.marking.MarkingStore;
import org.courseport.domain.roster.RosterStore;
import org.courseport.domain.user.UserStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The marking-stores contract on the database stores, one new database per test. */
public abstract class AbstractMarkingStoresContract extends MarkingStoresContract {
    private TestDatabase database;
    private Jdbi jdbi;

    /** A new, empty database; one per test. */
    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        jdbi = database.jdbi();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected UserStore users() {
        return new JdbiUserStore(jdbi);
    }

    @Override
    protected AssignmentStore assignments() {
        return new JdbiAssignmentStore(jdbi);
    }

    @Override
    protected GroupStore groups() {
        return new JdbiGroupStore(jdbi);
    }

    @Override
    protected SubmissionStore submissions() {
        return new JdbiSubmissionStore(jdbi);
    }

    @Override
    protected RosterStore roster() {
        return new JdbiRosterStore(jdbi);
    }

    @Override
    protected CriterionStore criteria() {
        return new JdbiCriterionStore(jdbi);
    }

    @Override
    protected MarkingStore marking() {
        return new JdbiMarkingStore(jdbi);
    }
}
