package org.courseport.adapters.persistence.grading;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.user.UserId;
import org.jdbi.v3.core.Jdbi;
import org.courseport.application.contracts.GradingStoresContract;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.user.UserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grading-stores contract on the database stores, one new database per test, and what only the database enforces across stores. */
public abstract class AbstractGradingStoresContract extends GradingStoresContract {
    private JdbiUserStore users;
    private JdbiAssignmentStore assignments;
    private JdbiGroupStore groups;
    private JdbiSubmissionStore submissions;
    private JdbiTestResultStore results;

    private TestDatabase database;

    /** A new, empty database; one per test, so each starts from nothing. */
    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        Jdbi jdbi = database.jdbi();
        users = new JdbiUserStore(jdbi);
        assignments = new JdbiAssignmentStore(jdbi);
        groups = new JdbiGroupStore(jdbi);
        submissions = new JdbiSubmissionStore(jdbi);
        results = new JdbiTestResultStore(jdbi);
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
    protected AssignmentStore assignments() {
        return assignments;
    }

    @Override
    protected GroupStore groups() {
        return groups;
    }

    @Override
    protected SubmissionStore submissions() {
        return submissions;
    }

    @Override
    protected TestResultStore results() {
        return results;
    }

    @Test
    void aUserInAGroupCannotBeDeleted() {
        Assignment a1 = assignment("A1", "1");
        UserId s1 = student("s1");
        groups.create(a1.id(), new GroupName("g1"), List.of(s1), NOW);
        assertThrows(Conflict.class, () -> users.delete(s1));
    }

    /** The database drops a replaced submission with its test results; the fakes keep the two stores apart. */
    @Test
    void collectingAgainDropsTheTestResultsOfTheReplacedSubmission() {
        Submission first = collected();
        TestResult result = results.write(first.id(), new TestResultFilename("out.txt"), new TestResultContent("ok"),
                NOW).result();

        submissions.collect(first.group(), NOW.plusSeconds(1));

        assertTrue(results.find(first.id(), result.id()).isEmpty());
    }
}
