package org.courseport.adapters.persistence.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.courseport.adapters.persistence.blob.JdbiBlobReferences;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.testrun.JdbiTestRunStore;
import org.courseport.adapters.persistence.user.JdbiUserStore;
import org.courseport.application.contracts.GradingStoresContract;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.FeedbackFileStore;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.NewFeedbackFile;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.grading.TestSpecStore;
import org.courseport.domain.testrun.NewTestRun;
import org.courseport.domain.testrun.TestFeedbackFile;
import org.courseport.domain.testrun.TestGroupRun;
import org.courseport.domain.testrun.TestRunStatus;
import org.courseport.domain.testrun.TestRunStore;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserStore;
import org.jdbi.v3.core.Jdbi;
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
    private JdbiTestRunStore testRuns;

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
        testRuns = new JdbiTestRunStore(jdbi);
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

    @Override
    protected TestRunStore testRuns() {
        return testRuns;
    }

    @Override
    protected FeedbackFileStore feedbackFiles() {
        return new JdbiFeedbackFileStore(database.jdbi());
    }

    @Override
    protected TestSpecStore testSpecs() {
        return new JdbiTestSpecStore(database.jdbi());
    }

    @Test
    void garbageCollectionKeepsFeedbackFilesBlobs() {
        StoredBlob blob = new StoredBlob(new BlobId("b".repeat(64)), 5);
        feedbackFiles().create(collected().id(), new NewFeedbackFile(new SubmissionPath("r.txt"), "text/plain", blob), NOW);
        assertTrue(new JdbiBlobReferences(database.jdbi()).named().contains(blob.id()));
    }

    /** A test run's feedback files are blobs garbage collection must keep. */
    @Test
    void testRunFeedbackBlobsAreNamed() {
        Submission submission = collected();
        StoredBlob report = new StoredBlob(new BlobId("f".repeat(64)), 4);
        testRuns.create(submission.group(), submission.id(), new NewTestRun(TestRunStatus.COMPLETE, Optional.empty(),
                List.of(new TestGroupRun("g", OptionalLong.empty(), 0, Optional.empty(), Optional.of("no_results"),
                        List.of(), List.of(new TestFeedbackFile("r.txt", "text/plain", report))))), NOW);
        assertTrue(new JdbiBlobReferences(database.jdbi()).named().contains(report.id()));
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

    @Test
    void workingFilesAreListedAndRemovedOneByOneOrByFolder() {
        Group group = group();
        for (String path : List.of("src/a.py", "src/b/c.py", "src_x/d.py", "src%/e.py", "top.txt")) {
            submissions.putWorkingFile(group.id(), file(path, 'a', 1), NOW);
        }
        assertEquals(List.of("src%/e.py", "src/a.py", "src/b/c.py", "src_x/d.py", "top.txt"), workingPaths(group));
        assertTrue(submissions.removeWorkingFile(group.id(), new SubmissionPath("top.txt")));
        assertFalse(submissions.removeWorkingFile(group.id(), new SubmissionPath("top.txt")));
        assertEquals(2, submissions.removeWorkingFolder(group.id(), new SubmissionPath("src")));
        assertEquals(0, submissions.removeWorkingFolder(group.id(), new SubmissionPath("src")));
        assertEquals(List.of("src%/e.py", "src_x/d.py"), workingPaths(group));
        assertEquals(List.of(), submissions.workingFiles(group().id()));
    }

    private List<String> workingPaths(Group group) {
        return submissions.workingFiles(group.id()).stream().map(f -> f.path().value()).toList();
    }
}
