package org.courseport.application.grading;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.STUDENT;
import static org.courseport.application.fixtures.TestUsers.TA;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.fixtures.FakeCourseArchives;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupId;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultId;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may do what in grading (read: staff; grade: TA and admin; manage: admin), checked before anything
 * is read or written, and what a route that names nothing answers.
 */
class GradingRolesAndLookupsTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryAssignmentStore assignmentStore = new InMemoryAssignmentStore();
    private final InMemoryGroupStore groupStore = new InMemoryGroupStore(users);
    private final InMemorySubmissionStore submissionStore = new InMemorySubmissionStore();
    private final InMemoryTestResultStore resultStore = new InMemoryTestResultStore();
    private final GradingLookups lookups = new GradingLookups(assignmentStore, groupStore, submissionStore);
    private final AssignmentService assignments = new AssignmentService(assignmentStore, clock);
    private final GroupService groups = new GroupService(groupStore, users, lookups, clock);
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final SubmissionService submissions = new SubmissionService(submissionStore, blobs,
            new FakeCourseArchives(blobs), lookups, clock);
    private final TestResultService results = new TestResultService(resultStore, lookups, clock);

    private static final SubmissionPath MAIN = new SubmissionPath("Main.java");
    private static final TestResultFilename OUT = new TestResultFilename("out.txt");
    private Assignment a1;
    private Group g1;
    private TestResult result;

    @BeforeEach
    void anAssignmentWithAGroupWhoseSubmissionHasATestResult() {
        for (String name : List.of("s1", "s2", "s3", "s4")) {
            users.create(newUser(name, UserType.STUDENT), clock.instant());
        }
        a1 = assignments.create(ADMIN, AssignmentEdit.of(Map.of("short_identifier", "A1", "due_date", "2026-10-01",
                "group_max", "3")));
        g1 = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1"));
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), g1.id(), MAIN, bytes("class Main {}")));
        submissions.collect(TA, a1.id(), g1.id());
        result = results.post(TA, new PostTestResultCommand(a1.id(), g1.id(), OUT, new TestResultContent("ok"))).write().result();
    }

    private static Forbidden forbidden(Executable call) {
        return assertThrows(Forbidden.class, call);
    }

    @Test
    void aStudentReadsNothing() {
        forbidden(() -> assignments.list(STUDENT, CollectionRequest.everything()));
        forbidden(() -> assignments.get(STUDENT, a1.id()));
        forbidden(() -> groups.list(STUDENT, a1.id(), CollectionRequest.everything()));
        forbidden(() -> groups.get(STUDENT, a1.id(), g1.id()));
        forbidden(() -> results.list(STUDENT, a1.id(), g1.id(), CollectionRequest.everything()));
        assertEquals("a student may not use the API",
                forbidden(() -> results.get(STUDENT, a1.id(), g1.id(), result.id())).getMessage());
    }

    @Test
    void aStudentGradesNothingAndNothingChanges() {
        forbidden(() -> submissions.upload(STUDENT, new UploadSubmissionFileCommand(a1.id(), g1.id(), new SubmissionPath("x.txt"), bytes("x"))));
        forbidden(() -> submissions.collect(STUDENT, a1.id(), g1.id()));
        forbidden(() -> submissions.download(STUDENT, a1.id(), g1.id()));
        forbidden(() -> submissions.download(STUDENT, a1.id(), g1.id(), MAIN));
        forbidden(() -> results.post(STUDENT, new PostTestResultCommand(a1.id(), g1.id(), new TestResultFilename("new.txt"),
                new TestResultContent("x"))));
        forbidden(() -> results.post(STUDENT, new PostTestResultByNameCommand(a1.shortIdentifier(), g1.name(), new TestResultFilename("new.txt"),
                new TestResultContent("x"))));
        forbidden(() -> results.replace(STUDENT, new ReplaceTestResultCommand(a1.id(), g1.id(), result.id(), Optional.empty(),
                new TestResultContent("changed"))));
        forbidden(() -> results.delete(STUDENT, a1.id(), g1.id(), result.id()));
        assertEquals(List.of(result), rows(results.list(TA, a1.id(), g1.id(), CollectionRequest.everything())));
        assertEquals("ok", results.get(TA, a1.id(), g1.id(), result.id()).content().text());
        assertEquals(List.of(MAIN), submissions.collect(TA, a1.id(), g1.id()).files().stream().map(f -> f.path()).toList());
    }

    @Test
    void aTaManagesNeitherAssignmentsNorGroups() {
        forbidden(() -> assignments.create(TA, AssignmentEdit.of(Map.of("short_identifier", "A2", "due_date", "2026-10-01"))));
        assertEquals("a ta may not change users, assignments, groups or courses",
                forbidden(() -> assignments.update(TA, a1.id(), AssignmentEdit.of(Map.of("message", "x")))).getMessage());
        forbidden(() -> groups.create(TA, a1.id(), new GroupName("g2"), names("s2")));
        forbidden(() -> groups.add(TA, a1.id(), g1.id(), names("s2")));
        assertEquals(List.of(a1), rows(assignments.list(TA, CollectionRequest.everything())));
        assertEquals(1, groups.get(TA, a1.id(), g1.id()).memberships().size());
        assertEquals(List.of(g1), rows(groups.list(TA, a1.id(), CollectionRequest.everything())));
    }

    @Test
    void whatATaMayDoIsDone() {
        assertEquals(a1, assignments.get(TA, a1.id()));
        TestResult replaced = results.replace(TA, new ReplaceTestResultCommand(a1.id(), g1.id(), result.id(),
                Optional.of(new TestResultFilename("renamed.txt")), new TestResultContent("better")));
        assertEquals(new TestResultFilename("renamed.txt"), replaced.filename());
        assertEquals("better", replaced.content().text());
        assertEquals(replaced, results.get(TA, a1.id(), g1.id(), result.id()));
        assertEquals(OUT, results.replace(TA, new ReplaceTestResultCommand(a1.id(), g1.id(), result.id(), Optional.of(OUT),
                new TestResultContent("x"))).filename());
        assertEquals(OUT, results.replace(TA, new ReplaceTestResultCommand(a1.id(), g1.id(), result.id(), Optional.empty(),
                new TestResultContent("y"))).filename(), "no name given keeps the name");
    }

    @Test
    void anUnknownAssignmentGroupOrResultIsNotFoundAndSaysWhich() {
        AssignmentId none = new AssignmentId(99);
        assertEquals("no assignment has id 99", assertThrows(NotFound.class, () -> assignments.get(TA, none)).getMessage());
        assertEquals("no assignment has id 99", assertThrows(NotFound.class,
                () -> assignments.update(ADMIN, none, AssignmentEdit.of(Map.of()))).getMessage());
        assertEquals("no assignment has id 99", assertThrows(NotFound.class,
                () -> groups.list(TA, none, CollectionRequest.everything())).getMessage());
        assertEquals("no assignment has id 99", assertThrows(NotFound.class,
                () -> groups.get(TA, none, g1.id())).getMessage());
        assertEquals("assignment " + a1.id().value() + " has no group with id 77",
                assertThrows(NotFound.class, () -> groups.get(TA, a1.id(), new GroupId(77))).getMessage());
        assertEquals("the submission has no test result with id 55", assertThrows(NotFound.class,
                () -> results.delete(TA, a1.id(), g1.id(), new TestResultId(55))).getMessage());
        assertEquals("no assignment has the short identifier A9", assertThrows(NotFound.class,
                () -> results.post(TA, new PostTestResultByNameCommand(new ShortIdentifier("A9"), g1.name(), OUT, new TestResultContent("x")))).getMessage());
        assertEquals("assignment A1 has no group named g9", assertThrows(NotFound.class,
                () -> results.post(TA, new PostTestResultByNameCommand(a1.shortIdentifier(), new GroupName("g9"), OUT, new TestResultContent("x"))))
                .getMessage());
        assertEquals("the submission of group g1 has no file Other.java", assertThrows(NotFound.class,
                () -> submissions.download(TA, a1.id(), g1.id(), new SubmissionPath("Other.java"))).getMessage());
    }

    @Test
    void aGroupOfAnotherAssignmentIsNotFoundUnderThisOne() {
        Assignment a2 = assignments.create(ADMIN, AssignmentEdit.of(Map.of("short_identifier", "A2", "due_date", "2026-10-01")));
        assertThrows(NotFound.class, () -> groups.get(TA, a2.id(), g1.id()));
        assertThrows(NotFound.class, () -> results.get(TA, a2.id(), g1.id(), result.id()));
    }

    @Test
    void testResultsBeforeACollectSayHowToCollect() {
        Group g2 = groups.create(ADMIN, a1.id(), new GroupName("g2"), names("s2"));
        Conflict conflict = assertThrows(Conflict.class,
                () -> results.post(TA, new PostTestResultByNameCommand(a1.shortIdentifier(), g2.name(), OUT, new TestResultContent("x"))));
        assertEquals("group g2 has no collected submission yet; POST .../groups/" + g2.id().value() + "/collect first",
                conflict.getMessage());
    }

    @Test
    void aGroupIsCreatedWithinTheAssignmentsSizeOnly() {
        InvalidInput tooMany = assertThrows(InvalidInput.class,
                () -> groups.create(ADMIN, a1.id(), new GroupName("g2"), names("s2", "s3", "s4", "s1")));
        assertEquals("members: a group of this assignment has 1 to 3 members, not 4", tooMany.getMessage());
        Assignment pairs = assignments.create(ADMIN, AssignmentEdit.of(Map.of("short_identifier", "P", "due_date",
                "2026-10-01", "group_min", "2", "group_max", "2")));
        assertEquals("members: a group of this assignment has 2 to 2 members, not 1", assertThrows(InvalidInput.class,
                () -> groups.create(ADMIN, pairs.id(), new GroupName("alone"), names("s2"))).getMessage());
    }

    /** Names are matched regardless of case: naming one student twice must neither count twice nor reach the store twice. */
    @Test
    void aStudentNamedTwiceInDifferentLetterCaseIsOneMember() {
        Assignment pairs = assignments.create(ADMIN, AssignmentEdit.of(Map.of("short_identifier", "P", "due_date",
                "2026-10-01", "group_min", "2", "group_max", "2")));
        Group pair = groups.create(ADMIN, pairs.id(), new GroupName("pair"), names("s2", "S2", "s3"));
        assertEquals(List.of("s2", "s3"), pair.memberships().stream().map(m -> m.user().userName().value()).toList());
        assertEquals(3, groups.add(ADMIN, a1.id(), g1.id(), names("s4", "S4", "s3")).memberships().size());
    }

    @Test
    void addingCountsTheMembersAlreadyInTheGroup() {
        assertEquals(3, groups.add(ADMIN, a1.id(), g1.id(), names("s2", "s3")).memberships().size());
        InvalidInput tooMany = assertThrows(InvalidInput.class, () -> groups.add(ADMIN, a1.id(), g1.id(), names("s4")));
        assertEquals("members: a group of this assignment has 1 to 3 members, not 4", tooMany.getMessage());
    }

    @Test
    void addingNoOneIsRefused() {
        assertEquals("members: name at least one student to add",
                assertThrows(InvalidInput.class, () -> groups.add(ADMIN, a1.id(), g1.id(), List.of())).getMessage());
    }

    @Test
    void onlyStudentsWhoExistCanBeMembers() {
        users.create(newUser("tess", UserType.TA), clock.instant());
        assertEquals("members: tess is a ta; only students can be group members", assertThrows(InvalidInput.class,
                () -> groups.add(ADMIN, a1.id(), g1.id(), names("tess"))).getMessage());
        assertEquals("members: no user is named ghost", assertThrows(InvalidInput.class,
                () -> groups.add(ADMIN, a1.id(), g1.id(), names("ghost"))).getMessage());
    }

    private static List<UserName> names(String... names) {
        return List.of(names).stream().map(UserName::new).toList();
    }

    private static <T> List<T> rows(Page<T> page) {
        List<T> rows = new ArrayList<>();
        page.listing().rows().forEach(rows::add);
        return rows;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
