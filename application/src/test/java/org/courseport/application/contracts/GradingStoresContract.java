package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentSchema;
import org.courseport.domain.grading.AssignmentStore;
import org.courseport.domain.grading.FeedbackFile;
import org.courseport.domain.grading.FeedbackFileStore;
import org.courseport.domain.grading.NewFeedbackFile;
import org.courseport.domain.grading.TestSpecStore;
import org.courseport.domain.grading.TestSpecs;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.GroupSchema;
import org.courseport.domain.grading.GroupStore;
import org.courseport.domain.grading.MembershipStatus;
import org.courseport.domain.grading.Submission;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.SubmissionStore;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultSchema;
import org.courseport.domain.grading.TestResultStore;
import org.courseport.domain.grading.TestResultWrite;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.Filter;
import org.courseport.domain.query.Sort;
import org.courseport.domain.testrun.NewTestRun;
import org.courseport.domain.testrun.TestCase;
import org.courseport.domain.testrun.TestFeedbackFile;
import org.courseport.domain.testrun.TestGroupRun;
import org.courseport.domain.testrun.TestRun;
import org.courseport.domain.testrun.TestRunStatus;
import org.courseport.domain.testrun.TestRunStore;
import org.courseport.domain.testrun.TestStatus;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserStore;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

/** What the grading stores keep together: assignments, their groups, the groups' submissions and their test results. */
public abstract class GradingStoresContract {
    /** Empty stores, new for each test. */
    protected abstract UserStore users();

    protected abstract AssignmentStore assignments();

    protected abstract GroupStore groups();

    protected abstract SubmissionStore submissions();

    protected abstract TestResultStore results();

    protected abstract TestRunStore testRuns();

    protected abstract FeedbackFileStore feedbackFiles();

    protected abstract TestSpecStore testSpecs();

    protected static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    @Test
    void assignmentsKeepEveryAttributeAndAUniqueShortIdentifier() {
        Assignment a1 = assignment("A1", "2");
        assertEquals(a1, assignments().find(a1.id()).orElseThrow());
        assertEquals(a1, assignments().findByShortIdentifier(a1.shortIdentifier()).orElseThrow());
        assertThrows(Conflict.class, () -> assignment("A1", "1"));

        Assignment edited = a1.edited(AssignmentEdit.of(Map.of("message", "late work loses 10%",
                "submission_rule_deduction", "12.5", "remark_due_date", "2026-12-01", "course", "MITx/6.002x/2026")));
        Assignment updated = assignments().update(edited, NOW.plusSeconds(60));
        assertEquals(edited.details(), assignments().find(a1.id()).orElseThrow().details());
        assertEquals(NOW.plusSeconds(60), updated.updatedAt());
        Assignment a2 = assignment("A2", "1");
        assertThrows(Conflict.class, () -> assignments().update(a2.edited(AssignmentEdit.of(Map.of("short_identifier", "A1"))), NOW));
    }

    @Test
    void assignmentListsFilterSortAndPage() {
        assignment("A1", "1");
        assignment("A2", "3");
        assignment("A3", "3");
        CollectionQuery query = new CollectionQuery(AssignmentSchema.SCHEMA,
                List.of(new Filter(AssignmentSchema.SCHEMA.field("group_max").orElseThrow(), 3L)), List.of(),
                new Sort(AssignmentSchema.SCHEMA.field("short_identifier").orElseThrow(), true), OptionalLong.of(1), 0);
        List<String> names = new ArrayList<>();
        var listing = assignments().list(CourseId.DEFAULT, query);
        listing.rows().forEach(a -> names.add(a.shortIdentifier().value()));
        assertEquals(List.of("A3"), names);
        assertEquals(2, listing.total().getAsLong());
        List<LocalDate> dates = new ArrayList<>();
        assignments().list(CourseId.DEFAULT, new CollectionQuery(AssignmentSchema.SCHEMA,
                        List.of(new Filter(AssignmentSchema.SCHEMA.field("due_date").orElseThrow(), LocalDate.of(2026, 10, 1))),
                        List.of(), new Sort(AssignmentSchema.SCHEMA.field("id").orElseThrow(), false), OptionalLong.empty(), 0))
                .rows().forEach(a -> dates.add(a.details().dueDate()));
        assertEquals(3, dates.size());
    }

    @Test
    void groupsHoldStudentsOncePerAssignmentInTheOrderTheyJoined() {
        Assignment a1 = assignment("A1", "3");
        Assignment a2 = assignment("A2", "3");
        UserId s1 = student("s1");
        UserId s2 = student("s2");
        UserId s3 = student("s3");
        Group g1 = groups().create(a1.id(), new GroupName("g1"), List.of(s2, s1), NOW);
        assertEquals(List.of("s2", "s1"), g1.memberships().stream().map(m -> m.user().userName().value()).toList());
        assertEquals(List.of(MembershipStatus.INVITER, MembershipStatus.ACCEPTED),
                g1.memberships().stream().map(m -> m.status()).toList());
        assertEquals(g1, groups().find(a1.id(), g1.id()).orElseThrow());
        assertEquals(g1, groups().findByName(a1.id(), new GroupName("g1")).orElseThrow());
        assertTrue(groups().find(a2.id(), g1.id()).isEmpty());

        assertThrows(Conflict.class, () -> groups().create(a1.id(), new GroupName("g1"), List.of(s3), NOW));
        Conflict grouped = assertThrows(Conflict.class, () -> groups().create(a1.id(), new GroupName("g2"), List.of(s3, s1), NOW));
        assertTrue(grouped.getMessage().contains("s1"), grouped.getMessage());
        groups().create(a2.id(), new GroupName("g1"), List.of(s1), NOW);

        Group grown = groups().addMembers(g1, List.of(s3), 3, NOW.plusSeconds(5));
        assertEquals(MembershipStatus.ACCEPTED, grown.memberships().get(2).status());
        assertThrows(InvalidInput.class, () -> groups().addMembers(grown, List.of(student("s4")), 3, NOW));

        List<Group> listed = new ArrayList<>();
        groups().list(a1.id(), CollectionQuery.all(GroupSchema.SCHEMA)).rows().forEach(listed::add);
        assertEquals(List.of(grown), listed);
    }

    @Test
    void collectFreezesTheWorkingFilesAndReplacesTheLastSubmission() {
        Group group = group();
        submissions().putWorkingFile(group.id(), file("src/A.java", 'a', 10), NOW);
        submissions().putWorkingFile(group.id(), file("README", 'b', 3), NOW);
        submissions().putWorkingFile(group.id(), file("src/A.java", 'c', 12), NOW);
        assertTrue(submissions().find(group.id()).isEmpty());
        assertTrue(submissions().findId(group.id()).isEmpty());

        Submission first = submissions().collect(group.id(), NOW);
        assertEquals(List.of(file("README", 'b', 3), file("src/A.java", 'c', 12)), first.files());

        submissions().putWorkingFile(group.id(), file("extra.txt", 'd', 1), NOW);
        Submission second = submissions().collect(group.id(), NOW.plusSeconds(1));
        assertEquals(3, second.files().size());
        assertEquals(second, submissions().find(group.id()).orElseThrow());
        assertEquals(second.id(), submissions().findId(group.id()).orElseThrow());
    }

    @Test
    void feedbackFilesHaveUniqueNamesPerSubmissionAndAreReplacedKeepingTheirType() {
        FeedbackFileStore feedback = feedbackFiles();
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
    }

    @Test
    void testSpecsAreOneDocumentPerAssignmentReplacedWhole() {
        TestSpecStore specs = testSpecs();
        AssignmentId a1 = assignment("T1", "1").id();
        AssignmentId a2 = assignment("T2", "1").id();
        assertEquals(Optional.empty(), specs.find(a1));
        specs.put(a1, new TestSpecs("{\"testers\": []}"), NOW);
        specs.put(a1, new TestSpecs("{\"testers\": [1]}"), NOW);
        specs.put(a2, new TestSpecs("{}"), NOW);
        assertEquals(Optional.of(new TestSpecs("{\"testers\": [1]}")), specs.find(a1));
        assertEquals(Optional.of(TestSpecs.NONE), specs.find(a2));
    }

    @Test
    void testRunsAreKeptWholeAndListedOldestFirstPerGroup() {
        Submission submission = collected();
        Submission other = collected();
        StoredBlob report = new StoredBlob(new BlobId("e".repeat(64)), 9);
        TestGroupRun unit = new TestGroupRun("unit", OptionalLong.of(7), 120, Optional.of("Messages on stderr: \nwarn\n"),
                Optional.empty(), List.of(
                new TestCase("test_a", TestStatus.PASS, 2, 2, "ok", OptionalLong.of(5)),
                new TestCase("test_b", TestStatus.PARTIAL, 0.5, 3, "", OptionalLong.empty())),
                List.of(new TestFeedbackFile("report.html", "text/html", report)));
        TestGroupRun style = new TestGroupRun("style", OptionalLong.empty(), 0, Optional.empty(), Optional.of("timeout"),
                List.of(), List.of());
        TestRun later = testRuns().create(submission.group(), submission.id(),
                new NewTestRun(TestRunStatus.COMPLETE, Optional.empty(), List.of(unit, style)), NOW.plusSeconds(60));
        TestRun first = testRuns().create(submission.group(), submission.id(),
                new NewTestRun(TestRunStatus.FAILED, Optional.of("tester crashed"), List.of()), NOW);
        testRuns().create(other.group(), other.id(), new NewTestRun(TestRunStatus.COMPLETE, Optional.empty(), List.of()), NOW);

        assertEquals(new TestRun(later.id(), submission.group(), submission.id(), TestRunStatus.COMPLETE, Optional.empty(),
                NOW.plusSeconds(60), List.of(unit, style)), later);
        assertEquals(List.of(first, later), testRuns().runsOf(submission.group()));
        assertEquals(1, testRuns().runsOf(other.group()).size());
        assertEquals(List.of(), testRuns().runsOf(group().id()));
        assertTrue(first.id() != later.id());
    }

    @Test
    void aSecondWriteOfAFilenameReplacesItsContent() {
        Submission submission = collected();
        TestResultFilename name = new TestResultFilename("results.json");
        TestResultWrite first = results().write(submission.id(), name, new TestResultContent("{\"passed\": 1}"), NOW);
        TestResultWrite second = results().write(submission.id(), name, new TestResultContent("{\"passed\": 2}"), NOW.plusSeconds(1));
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.result().id(), second.result().id());
        assertEquals(NOW, second.result().createdAt());
        assertEquals("{\"passed\": 2}", results().find(submission.id(), first.result().id()).orElseThrow().content().text());

        TestResult other = results().write(submission.id(), new TestResultFilename("log.txt"), new TestResultContent("x"), NOW).result();
        assertThrows(Conflict.class, () -> results().replace(new TestResult(other.id(), other.submission(), name,
                other.content(), other.createdAt(), other.updatedAt()), NOW));
        String big = "line of test output\n".repeat(15_000);
        TestResult replaced = results().replace(new TestResult(other.id(), other.submission(), other.filename(),
                new TestResultContent(big), other.createdAt(), other.updatedAt()), NOW);
        assertEquals(big, replaced.content().text());

        List<String> names = new ArrayList<>();
        results().list(submission.id(), new CollectionQuery(TestResultSchema.SCHEMA,
                        List.of(new Filter(TestResultSchema.SCHEMA.field("filename").orElseThrow(), "LOG.TXT")), List.of(),
                        new Sort(TestResultSchema.SCHEMA.field("id").orElseThrow(), false), OptionalLong.empty(), 0))
                .rows().forEach(r -> names.add(r.filename().value()));
        assertEquals(List.of("log.txt"), names);
        results().delete(submission.id(), other.id());
        assertTrue(results().find(submission.id(), other.id()).isEmpty());
    }

    @Test
    void aFileCannotAlsoBeAFolderNorDifferOnlyInCase() {
        Group group = group();
        submissions().putWorkingFile(group.id(), file("src/main.py", 'a', 1), NOW);
        submissions().putWorkingFile(group.id(), file("src/main.py", 'b', 2), NOW);
        submissions().putWorkingFile(group.id(), file("src/main.pyc", 'b', 2), NOW);
        submissions().putWorkingFile(group.id(), file("src/main_py/x", 'b', 2), NOW);
        submissions().putWorkingFile(group.id(), file("src/100%/x", 'b', 2), NOW);
        for (String clash : List.of("src/main.py/x", "src", "SRC/Main.py", "src/MAIN.PY", "src/main.py/a/b", "src/100%")) {
            Conflict conflict = assertThrows(Conflict.class,
                    () -> submissions().putWorkingFile(group.id(), file(clash, 'c', 3), NOW), clash);
            assertTrue(conflict.getMessage().contains("'" + clash + "'"), conflict.getMessage());
        }
        submissions().putWorkingFile(group.id(), file("src/100", 'b', 2), NOW);
        assertEquals(List.of("src/100", "src/100%/x", "src/main.py", "src/main.pyc", "src/main_py/x"),
                submissions().collect(group.id(), NOW).files().stream().map(f -> f.path().value()).toList());
    }

    @Test
    void ofTwoClashingUploadsAtOnceOneIsRefused() throws Exception {
        for (int round = 0; round < 5; round++) {
            Group group = group();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> uploads = new ArrayList<>();
                for (String path : List.of("a", "a/b")) {
                    uploads.add(pool.submit(() -> {
                        start.await();
                        submissions().putWorkingFile(group.id(), file(path, 'a', 1), NOW);
                        return null;
                    }));
                }
                start.countDown();
                int refused = 0;
                for (Future<?> upload : uploads) {
                    try {
                        upload.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertTrue(e.getCause() instanceof Conflict, e.getCause().toString());
                        refused++;
                    }
                }
                assertEquals(1, refused);
                assertEquals(1, submissions().collect(group.id(), NOW).files().size());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void concurrentWritesOfOneFilenameLeaveOneResult() throws Exception {
        Submission submission = collected();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TestResultWrite>> writes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String content = "run " + i;
                Callable<TestResultWrite> write = () -> {
                    start.await();
                    return results().write(submission.id(), new TestResultFilename("same.txt"),
                            new TestResultContent(content), NOW);
                };
                writes.add(pool.submit(write));
            }
            start.countDown();
            long created = 0;
            for (Future<TestResultWrite> write : writes) {
                created += write.get().created() ? 1 : 0;
            }
            assertEquals(1, created);
            List<TestResult> rows = new ArrayList<>();
            results().list(submission.id(), CollectionQuery.all(TestResultSchema.SCHEMA)).rows().forEach(rows::add);
            assertEquals(1, rows.size());
        } finally {
            pool.shutdownNow();
        }
    }

    protected Assignment assignment(String name, String groupMax) {
        return assignments().create(AssignmentEdit.of(Map.of("short_identifier", name, "due_date", "2026-10-01",
                "group_max", groupMax, "description", "Assignment " + name)).create(), NOW);
    }

    protected UserId student(String name) {
        User user = users().create(new NewUser(new UserName(name), UserType.STUDENT,
                new PersonalDetails("First", "Last", null, null, 0)), NOW);
        return user.id();
    }

    protected Group group() {
        return groups().create(assignment("A" + UUID.randomUUID().toString().substring(0, 8), "1").id(),
                new GroupName("g1"), List.of(student("s" + UUID.randomUUID().toString().substring(0, 8))), NOW);
    }

    protected Submission collected() {
        Group group = group();
        submissions().putWorkingFile(group.id(), file("a.txt", 'a', 1), NOW);
        return submissions().collect(group.id(), NOW);
    }

    protected static SubmissionFile file(String path, char digit, long size) {
        return new SubmissionFile(new SubmissionPath(path), new StoredBlob(new BlobId(String.valueOf(digit).repeat(64)), size));
    }
}
