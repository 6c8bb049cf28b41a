package org.courseport.application.grading;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.STUDENT;
import static org.courseport.application.fixtures.TestUsers.TA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryTestRunStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.fixtures.TestUsers;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentDetails;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.NewAssignment;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.testrun.TestCase;
import org.courseport.domain.testrun.TestRun;
import org.courseport.domain.testrun.TestRunStatus;
import org.courseport.domain.testrun.TestStatus;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

class TestRunServiceTest {
    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryAssignmentStore assignments = new InMemoryAssignmentStore();
    private final InMemoryGroupStore groups = new InMemoryGroupStore(users);
    private final InMemorySubmissionStore submissions = new InMemorySubmissionStore();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemoryTestRunStore store = new InMemoryTestRunStore();
    private final TestRunService runs = new TestRunService(store, submissions, blobs,
            new GradingLookups(assignments, groups, submissions), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Assignment a1 = assignments.create(new NewAssignment(new ShortIdentifier("A1"),
            AssignmentDetails.defaults(new ShortIdentifier("A1"), LocalDate.of(2026, 10, 1))), NOW);
    private final Group g1 = groups.create(a1.id(), new GroupName("g1"),
            List.of(users.create(TestUsers.newUser("s1", UserType.STUDENT), NOW).id()), NOW);
    private final GroupRef ref = new GroupRef(a1.id(), g1.id());

    @Test
    void aRunNeedsACollectedSubmissionAndKeepsItsFeedbackInTheBlobStore() throws IOException {
        Unprocessable none = assertThrows(Unprocessable.class, () -> runs.add(TA, ref, report("done", test("t1"))));
        assertEquals("No submission exists for this grouping", none.getMessage());
        submissions.collect(g1.id(), NOW);
        TestRun run = runs.add(TA, ref, report("done", test("t1")));
        assertEquals(TestRunStatus.COMPLETE, run.status());
        assertEquals(submissions.findId(g1.id()).orElseThrow(), run.submission());
        assertEquals(NOW, run.createdAt());
        var feedback = run.groups().get(0).feedback().get(0);
        assertEquals("r.txt", feedback.filename());
        assertArrayEquals("well".getBytes(StandardCharsets.UTF_8), blobs.open(feedback.blob().id()).orElseThrow().readAllBytes());
        assertEquals(List.of(run), runs.runs(TA, ref));
    }

    @Test
    void theResultsAreTheLatestRunsIfItHoldsATest() {
        assertEquals("No test results found for this group",
                assertThrows(NotFound.class, () -> runs.latestResults(TA, ref)).getMessage());
        submissions.collect(g1.id(), NOW);
        TestRun first = runs.add(ADMIN, ref, report("done", test("t1")));
        ManageTestRuns.GroupTestResults results = runs.latestResults(TA, ref);
        assertEquals(new GroupName("g1"), results.group());
        assertEquals(first, results.run());
        runs.add(ADMIN, ref, report("done"));
        assertThrows(NotFound.class, () -> runs.latestResults(TA, ref), "the latest run holds no test");
        TestRun failed = runs.add(ADMIN, ref, new TestRunReport("failed", Optional.of("crash"), List.of()));
        assertEquals(TestRunStatus.FAILED, failed.status());
        assertEquals(3, runs.runs(ADMIN, ref).size());
    }

    @Test
    void studentsNeitherWriteNorReadRunsAndAnUnknownGroupIsNotFound() {
        submissions.collect(g1.id(), NOW);
        assertThrows(Forbidden.class, () -> runs.add(STUDENT, ref, report("done", test("t1"))));
        assertThrows(Forbidden.class, () -> runs.runs(STUDENT, ref));
        assertThrows(Forbidden.class, () -> runs.latestResults(STUDENT, ref));
        GroupRef unknown = new GroupRef(a1.id(), new GroupId(999));
        assertThrows(NotFound.class, () -> runs.runs(TA, unknown));
        assertThrows(NotFound.class, () -> runs.latestResults(TA, unknown));
        assertThrows(NotFound.class, () -> runs.add(TA, unknown, report("done")));
        assertEquals(List.of(), store.runsOf(g1.id()));
    }

    private static TestCase test(String name) {
        return new TestCase(name, TestStatus.PASS, 1, 1, "ok", OptionalLong.of(1));
    }

    private static TestRunReport report(String status, TestCase... tests) {
        return new TestRunReport(status, Optional.empty(), List.of(new TestRunReport.Group("unit", OptionalLong.of(2), 5,
                false, Optional.empty(), Optional.empty(), List.of(tests), List.of(new TestRunReport.Feedback("r.txt",
                "text/plain", "well".getBytes(StandardCharsets.UTF_8))))));
    }
}
