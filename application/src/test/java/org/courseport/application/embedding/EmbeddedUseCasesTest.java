package org.courseport.application.embedding;

import org.courseport.application.grading.ReplaceTestResultCommand;
import org.courseport.application.grading.PostTestResultCommand;
import org.courseport.application.grading.PostTestResultByNameCommand;
import org.courseport.application.grading.UploadSubmissionFileCommand;
import static org.courseport.application.fixtures.FakeCourseArchives.archive;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryCriterionStore;
import org.courseport.application.fixtures.InMemoryFeedbackFileStore;
import org.courseport.application.fixtures.InMemoryGradeEntryStore;
import org.courseport.application.fixtures.InMemoryMarkingStore;
import org.courseport.application.fixtures.InMemoryStarterFileStore;
import org.courseport.application.fixtures.InMemoryTestSpecStore;
import org.courseport.application.fixtures.InMemoryTestRunStore;
import org.courseport.application.fixtures.FakeCourseArchives;
import org.courseport.application.fixtures.FixedBlobReferences;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryAuditStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryCourseStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemoryImportJobStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryTokenStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.ApiToken;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserChanges;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.Test;

/**
 * A host that embeds Courseport reaches every use case through the facade, each acting on the ports the
 * host gave one by one: what a host does through it lands in its stores and comes back out.
 */
class EmbeddedUseCasesTest {
    private static final Instant NOW = Instant.parse("2026-09-01T00:00:00Z");
    private static final CourseKey KEY = CourseKey.parse("course-v1:MITx+6.002x+2026");
    private static final ArchiveLimits LIMITS = new ArchiveLimits(1_000_000, 1_000_000, 100, 100_000, 200);

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemoryCourseStore courses = new InMemoryCourseStore();
    private final InMemoryImportJobStore jobs = new InMemoryImportJobStore();
    private final InMemoryAssignmentStore assignments = new InMemoryAssignmentStore();
    private final InMemoryGroupStore groups = new InMemoryGroupStore(users);
    private final InMemorySubmissionStore submissions = new InMemorySubmissionStore();
    private final InMemoryRosterStore roster = new InMemoryRosterStore(users);
    private final InMemoryMarkingStore marking = new InMemoryMarkingStore(assignments, groups, submissions, roster);
    private final InMemoryTestResultStore testResults = new InMemoryTestResultStore();
    private final Courseport courseport = Courseport.builder()
            .users(users)
            .tokens(new InMemoryTokenStore(users))
            .blobs(blobs)
            .blobReferences(FixedBlobReferences.naming())
            .courses(courses)
            .importJobs(jobs)
            .assignments(assignments)
            .groups(groups)
            .submissions(submissions)
            .testResults(testResults)
            .roster(roster)
            .gradeEntryForms(new InMemoryGradeEntryStore(roster))
            .feedbackFiles(new InMemoryFeedbackFileStore())
            .starterFiles(new InMemoryStarterFileStore())
            .testSpecs(new InMemoryTestSpecStore())
            .testRuns(new InMemoryTestRunStore())
            .marking(marking)
            .criteria(new InMemoryCriterionStore(marking))
            .audit(new InMemoryAuditStore())
            .archives(FakeCourseArchives.formats())
            .archiveLimits(LIMITS)
            .importExecutor(Runnable::run)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .random(new SecureRandom())
            .tokenCache(Duration.ofMinutes(1))
            .build();

    private Caller admin() {
        ApiToken token = courseport.createFirstAdmin().createIfEmpty().orElseThrow();
        return courseport.authenticateCaller().authenticate(token.reveal());
    }

    private static <T> List<T> rows(Page<T> page) {
        List<T> rows = new ArrayList<>();
        page.listing().rows().forEach(rows::add);
        return rows;
    }

    @Test
    void theFirstAdminsTokenAuthenticatesAndTheClockStampsRecords() {
        Caller admin = admin();
        assertEquals(new Caller(new UserName("admin"), UserType.ADMIN), admin);
        assertEquals(Optional.empty(), courseport.createFirstAdmin().createIfEmpty(), "only once");
        assertEquals(LIMITS, courseport.archiveLimits());
        User bob = courseport.createUser().create(admin, newUser("bob", UserType.TA));
        assertEquals(NOW, bob.createdAt());
    }

    @Test
    void usersAndTheirTokensAreManagedThroughTheFacade() {
        Caller admin = admin();
        User bob = courseport.createUser().create(admin, newUser("bob", UserType.TA));
        assertEquals(bob, courseport.getUser().get(admin, bob.id()));
        assertEquals(List.of("admin", "bob"), rows(courseport.listUsers().list(admin, CollectionRequest.everything()))
                .stream().map(u -> u.userName().value()).toList());
        UserChanges rename = new UserChanges(Optional.empty(), Optional.empty(), Optional.of("Robert"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals("Robert", courseport.updateUser().update(admin, bob.id(), rename).details().firstName());

        ApiToken issued = courseport.issueToken().issue(admin, bob.id());
        assertEquals(new Caller(new UserName("bob"), UserType.TA), courseport.authenticateCaller().authenticate(issued.reveal()));
        ApiToken reset = courseport.resetUserToken().reset(new UserName("bob"));
        assertThrows(Unauthenticated.class, () -> courseport.authenticateCaller().authenticate(issued.reveal()),
                "a reset token is forgotten at once, cache or not");
        assertEquals(new UserName("bob"), courseport.authenticateCaller().authenticate(reset.reveal()).name());
        assertEquals(2, courseport.revokeAllTokens().revokeAll());
        assertThrows(Unauthenticated.class, () -> courseport.authenticateCaller().authenticate(reset.reveal()));

        courseport.deleteUser().delete(admin, bob.id());
        assertTrue(users.findByName(new UserName("bob")).isEmpty());
    }

    @Test
    void coursesAreImportedReadExportedAndDeletedThroughTheFacade() throws IOException {
        Caller admin = admin();
        ImportJob job = courseport.importCourse().importCourse(admin, KEY,
                archive("course.xml=course-v1:MITx+6.002x+2026", "a.txt=one"), false);
        assertEquals(job, courseport.getImportJob().get(admin, job.id()));
        assertEquals(1, job.version(), "the default executor runs the import before importCourse returns");
        assertEquals(List.of(KEY), rows(courseport.listCourses().list(admin, CollectionRequest.everything()))
                .stream().map(c -> c.key()).toList());
        assertEquals(1, courseport.getCourse().get(admin, KEY).versions().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        courseport.exportCourse().export(admin, KEY, OptionalInt.empty()).body().writeTo(out);
        assertEquals("a.txt=one\ncourse.xml=course-v1:MITx+6.002x+2026", out.toString(StandardCharsets.UTF_8));
        courseport.deleteCourse().delete(admin, KEY);
        assertTrue(courses.find(KEY).isEmpty());
    }

    @Test
    void gradingGoesFromAssignmentToTestResultThroughTheFacade() throws IOException {
        Caller admin = admin();
        courseport.createUser().create(admin, newUser("s1", UserType.STUDENT));
        courseport.createUser().create(admin, newUser("s2", UserType.STUDENT));
        Assignment a1 = courseport.createAssignment().create(admin, AssignmentEdit.of(Map.of("short_identifier", "A1",
                "due_date", "2026-10-01", "group_max", "2")));
        assertEquals(a1, courseport.getAssignment().get(admin, a1.id()));
        assertEquals(List.of(a1), rows(courseport.listAssignments().list(admin, CollectionRequest.everything())));
        Assignment edited = courseport.updateAssignment().update(admin, a1.id(), AssignmentEdit.of(Map.of("message", "hi")));
        assertEquals("hi", assignments.find(a1.id()).orElseThrow().details().message());
        assertEquals("hi", edited.details().message());

        Group group = courseport.createGroup().create(admin, a1.id(), new GroupName("g1"), List.of(new UserName("s1")));
        assertEquals(group, courseport.getGroup().get(admin, a1.id(), group.id()));
        assertEquals(List.of(group), rows(courseport.listGroups().list(admin, a1.id(), CollectionRequest.everything())));
        assertEquals(2, courseport.addGroupMembers().add(admin, a1.id(), group.id(), List.of(new UserName("s2")))
                .memberships().size());

        SubmissionPath main = new SubmissionPath("Main.java");
        assertEquals(main, courseport.uploadSubmissionFile().upload(admin, new UploadSubmissionFileCommand(a1.id(), group.id(), main,
                new ByteArrayInputStream("class Main {}".getBytes(StandardCharsets.UTF_8)))).path());
        assertEquals(1, courseport.collectSubmission().collect(admin, a1.id(), group.id()).files().size());
        assertEquals("A1-g1.zip", courseport.downloadSubmission().download(admin, a1.id(), group.id()).fileName());
        assertEquals("class Main {}", new String(courseport.downloadSubmissionFile().download(admin, a1.id(), group.id(), main)
                .content().readAllBytes(), StandardCharsets.UTF_8));

        TestResultFilename out = new TestResultFilename("out.txt");
        TestResult posted = courseport.postTestResult().post(admin, new PostTestResultCommand(a1.id(), group.id(), out, new TestResultContent("1")))
                .write().result();
        assertEquals(posted.id(), courseport.postTestResultByName().post(admin, new PostTestResultByNameCommand(a1.shortIdentifier(), group.name(), out,
                new TestResultContent("2"))).write().result().id());
        assertEquals("2", courseport.getTestResult().get(admin, a1.id(), group.id(), posted.id()).content().text());
        assertEquals("3", courseport.replaceTestResult().replace(admin, new ReplaceTestResultCommand(a1.id(), group.id(), posted.id(), Optional.empty(),
                new TestResultContent("3"))).content().text());
        assertEquals(1, rows(courseport.listTestResults().list(admin, a1.id(), group.id(), CollectionRequest.everything()))
                .size());
        courseport.deleteTestResult().delete(admin, a1.id(), group.id(), posted.id());
        assertThrows(NotFound.class, () -> courseport.getTestResult().get(admin, a1.id(), group.id(), posted.id()));
        assertTrue(blobs.writes() > 0, "the files went to the host's blob store");
    }
}
