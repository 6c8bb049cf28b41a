package org.courseport.adapters.persistence.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import java.util.Optional;
import java.util.OptionalLong;
import org.courseport.adapters.persistence.blob.JdbiBlobReferences;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.FeedbackFile;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.NewFeedbackFile;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.TestSpecs;
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
import org.courseport.adapters.persistence.testrun.JdbiTestRunStore;
import org.courseport.domain.testrun.NewTestRun;
import org.courseport.domain.testrun.TestFeedbackFile;
import org.courseport.domain.testrun.TestGroupRun;
import org.courseport.domain.testrun.TestRunStatus;
import org.courseport.domain.testrun.TestRunStore;
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

    @Test
    void feedbackFilesHaveUniqueNamesPerSubmissionAndAreReplacedKeepingTheirType() {
        JdbiFeedbackFileStore feedback = new JdbiFeedbackFileStore(database.jdbi());
        Submission submission = collected();
        Submission other = collected();
        StoredBlob first = new StoredBlob(new BlobId("a".repeat(64)), 3);
        FeedbackFile report = feedback.create(submission.id(),
                new NewFeedbackFile(new SubmissionPath("report.txt"), "text/plain", first), NOW);
        assertEquals(new FeedbackFile(report.id(), submission.id(), new SubmissionPath("report.txt"), "text/plain", first),
                report);
        assertEquals(Optional.of(report), feedback.find(submission.id(), report.id()));
        assertEquals(Optional.empty(), feedback.find(other.id(), report.id()));
        assertThrows(Conflict.class, () -> feedback.create(submission.id(),
                new NewFeedbackFile(new SubmissionPath("report.txt"), null, first), NOW));
        FeedbackFile log = feedback.create(other.id(), new NewFeedbackFile(new SubmissionPath("report.txt"), null, first), NOW);
        assertEquals("application/octet-stream", log.mimeType());
        FeedbackFile second = feedback.create(submission.id(),
                new NewFeedbackFile(new SubmissionPath("b.png"), "image/png", first), NOW);
        assertEquals(List.of(report, second), feedback.list(submission.id()));

        StoredBlob newer = new StoredBlob(new BlobId("b".repeat(64)), 5);
        FeedbackFile replaced = feedback.replace(submission.id(), report.id(), new SubmissionPath("r2.txt"), newer, NOW);
        assertEquals(new FeedbackFile(report.id(), submission.id(), new SubmissionPath("r2.txt"), "text/plain", newer),
                replaced);
        assertThrows(Conflict.class, () -> feedback.replace(submission.id(), report.id(), new SubmissionPath("b.png"),
                newer, NOW));
        assertThrows(NotFound.class, () -> feedback.replace(other.id(), report.id(), new SubmissionPath("x"), newer, NOW));
        assertTrue(new JdbiBlobReferences(database.jdbi()).named()
                .contains(newer.id()), "garbage collection keeps feedback files' blobs");
    }

    @Test
    void testSpecsAreOneDocumentPerAssignmentReplacedWhole() {
        JdbiTestSpecStore specs = new JdbiTestSpecStore(database.jdbi());
        AssignmentId a1 = assignment("T1", "1").id();
        AssignmentId a2 = assignment("T2", "1").id();
        assertEquals(Optional.empty(), specs.find(a1));
        specs.put(a1, new TestSpecs("{\"testers\": []}"), NOW);
        specs.put(a1, new TestSpecs("{\"testers\": [1]}"), NOW);
        specs.put(a2, new TestSpecs("{}"), NOW);
        assertEquals(Optional.of(new TestSpecs("{\"testers\": [1]}")), specs.find(a1));
        assertEquals(Optional.of(TestSpecs.NONE), specs.find(a2));
    }

    private List<String> workingPaths(Group group) {
        return submissions.workingFiles(group.id()).stream().map(f -> f.path().value()).toList();
    }
}
