package org.courseport.application.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.query.CollectionRequest;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.error.Conflict;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.MembershipStatus;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.grading.TestResultWrite;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryFeedbackFileStore;
import org.courseport.application.fixtures.InMemoryTestSpecStore;
import org.courseport.domain.error.LimitExceeded;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.TestSpecs;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.grading.FeedbackFile;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.roster.CourseAccess;
import org.courseport.domain.roster.Role;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.user.User;
import org.junit.jupiter.api.Test;

class GradingServicesTest {
    private static final Caller ADMIN = new Caller(new UserName("admin"), UserType.ADMIN);
    private static final Caller TA = new Caller(new UserName("ta"), UserType.TA);
    private static final Caller STUDENT = new Caller(new UserName("s1"), UserType.STUDENT);

    private final Clock clock = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryAssignmentStore assignmentStore = new InMemoryAssignmentStore();
    private final InMemoryGroupStore groupStore = new InMemoryGroupStore(users);
    private final InMemorySubmissionStore submissionStore = new InMemorySubmissionStore();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final GradingLookups lookups = new GradingLookups(assignmentStore, groupStore, submissionStore);
    private final AssignmentService assignments = new AssignmentService(assignmentStore, clock);
    private final GroupService groups = new GroupService(groupStore, users, lookups, clock);
    private final SubmissionService submissions = new SubmissionService(submissionStore, blobs, new PathListing(),
            lookups, clock);
    private final TestResultService results = new TestResultService(new InMemoryTestResultStore(), lookups, clock);
    private final FeedbackFileService feedback = new FeedbackFileService(new InMemoryFeedbackFileStore(), submissionStore,
            blobs, lookups, clock);

    @Test
    void groupsTakeStudentsWithinTheSizeTheFirstBeingTheInviter() {
        Assignment a1 = assignment("2");
        person("s1", UserType.STUDENT);
        person("s2", UserType.STUDENT);
        person("s3", UserType.STUDENT);
        person("ta", UserType.TA);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1", "s2"));
        assertEquals(List.of(MembershipStatus.INVITER, MembershipStatus.ACCEPTED),
                group.memberships().stream().map(m -> m.status()).toList());
        assertThrows(InvalidInput.class, () -> groups.add(ADMIN, a1.id(), group.id(), names("s3")));
        assertThrows(InvalidInput.class, () -> groups.create(ADMIN, a1.id(), new GroupName("g2"), names("ta")));
        assertThrows(InvalidInput.class, () -> groups.create(ADMIN, a1.id(), new GroupName("g2"), names("nobody")));
        assertThrows(Conflict.class, () -> groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s3")));
        assertThrows(Forbidden.class, () -> groups.create(TA, a1.id(), new GroupName("g3"), names("s3")));
    }

    @Test
    void membersAreFoundByNameInAnyLetterCase() {
        Assignment a1 = assignment("2");
        person("Ana", UserType.STUDENT);
        person("s2", UserType.STUDENT);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("aNA", "S2"));
        assertEquals(List.of("Ana", "s2"), group.memberships().stream().map(m -> m.user().userName().value()).toList());
    }

    @Test
    void filesThatCouldNotBeUnpackedTogetherAreAConflictNamingBoth() {
        Assignment a1 = assignment("1");
        person("s1", UserType.STUDENT);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1"));
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("src/main.py"),
                bytes("print(1)")));
        Conflict inside = assertThrows(Conflict.class, () -> submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(),
                group.id(), new SubmissionPath("src/main.py/x"), bytes("x"))));
        assertTrue(inside.getMessage().contains("'src/main.py'") && inside.getMessage().contains("'src/main.py/x'"),
                inside.getMessage());
        assertThrows(Conflict.class, () -> submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(),
                group.id(), new SubmissionPath("src"), bytes("x"))));
        assertThrows(Conflict.class, () -> submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(),
                group.id(), new SubmissionPath("SRC/Main.py"), bytes("x"))));
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("src/main.py"),
                bytes("print(2)")));
        assertEquals(1, submissions.collect(TA, a1.id(), group.id()).files().size());
    }

    @Test
    void testResultsNeedACollectedSubmissionAndReplaceByFilename() {
        Assignment a1 = assignment("1");
        person("s1", UserType.STUDENT);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1"));
        TestResultFilename name = new TestResultFilename("out.txt");
        assertThrows(Conflict.class, () -> results.post(TA, new PostTestResultCommand(a1.id(), group.id(), name,
                new TestResultContent("x"))));

        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("src/A.java"),
                bytes("class A {}")));
        submissions.collect(TA, a1.id(), group.id());
        TestResultWrite first = results.post(TA, new PostTestResultCommand(a1.id(), group.id(), name,
                new TestResultContent("one"))).write();
        TestResultWrite second = results.post(TA, new PostTestResultByNameCommand(a1.shortIdentifier(), group.name(),
                name, new TestResultContent("two"))).write();
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.result().id(), second.result().id());
        assertEquals("two", results.get(TA, a1.id(), group.id(), first.result().id()).content().text());
        assertThrows(Forbidden.class, () -> results.post(STUDENT, new PostTestResultCommand(a1.id(), group.id(),
                name, new TestResultContent("x"))));
        results.replace(TA, new ReplaceTestResultCommand(a1.id(), group.id(), first.result().id(), Optional.empty(),
                new TestResultContent("three")));
        results.delete(TA, a1.id(), group.id(), first.result().id());
        assertThrows(NotFound.class, () -> results.get(TA, a1.id(), group.id(), first.result().id()));
    }

    @Test
    void downloadsGiveTheCollectedFilesNotLaterUploads() throws IOException {
        Assignment a1 = assignment("1");
        person("s1", UserType.STUDENT);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1"));
        assertThrows(Conflict.class, () -> submissions.download(TA, a1.id(), group.id()));
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("a.txt"), bytes("v1")));
        submissions.collect(TA, a1.id(), group.id());
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("b.txt"),
                bytes("later")));

        ArchiveDownload archive = submissions.download(TA, a1.id(), group.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.body().writeTo(out);
        assertEquals("A1-g1/a.txt\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("A1-g1.zip", archive.fileName());
        assertEquals("v1", new String(submissions.download(TA, a1.id(), group.id(), new SubmissionPath("a.txt"))
                .content().readAllBytes(), StandardCharsets.UTF_8));
        assertThrows(NotFound.class, () -> submissions.download(TA, a1.id(), group.id(), new SubmissionPath("b.txt")));
        assertThrows(Forbidden.class, () -> submissions.download(STUDENT, a1.id(), group.id()));
    }

    @Test
    void markUsReadsTheLatestOrTheCollectedFilesAtTheRootOfTheZip() throws IOException {
        Assignment a1 = assignment("1");
        person("s1", UserType.STUDENT);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1"));
        assertThrows(NotFound.class, () -> submissions.archive(TA, a1.id(), group.id(), true));
        assertEquals("", listing(submissions.archive(TA, a1.id(), group.id(), false)));
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("a.txt"), bytes("v1")));
        submissions.collect(TA, a1.id(), group.id());
        submissions.createFolder(TA, a1.id(), group.id(), new SubmissionPath("docs"));

        ArchiveDownload latest = submissions.archive(TA, a1.id(), group.id(), false);
        assertEquals("a.txt\ndocs/.gitkeep\n", listing(latest));
        assertEquals("g1.zip", latest.fileName());
        assertEquals("a.txt\n", listing(submissions.archive(TA, a1.id(), group.id(), true)));
        assertEquals(0, submissions.file(TA, a1.id(), group.id(), new SubmissionPath("docs/.gitkeep"), false).size());
        assertEquals("v1", new String(submissions.file(TA, a1.id(), group.id(), new SubmissionPath("a.txt"), true)
                .content().readAllBytes(), StandardCharsets.UTF_8));
        Unprocessable missing = assertThrows(Unprocessable.class, () ->
                submissions.file(TA, a1.id(), group.id(), new SubmissionPath("docs/.gitkeep"), true));
        assertEquals("group g1 has no file docs/.gitkeep", missing.getMessage());
        assertThrows(Forbidden.class, () -> submissions.archive(STUDENT, a1.id(), group.id(), false));
        assertThrows(Forbidden.class, () -> submissions.file(STUDENT, a1.id(), group.id(), new SubmissionPath("a.txt"), false));
    }

    @Test
    void foldersAreKeptByAnEmptyFileAndRemovedWithEverythingInThem() throws IOException {
        Assignment a1 = assignment("1");
        person("s1", UserType.STUDENT);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1"));
        submissions.createFolder(TA, a1.id(), group.id(), new SubmissionPath("src"));
        Conflict again = assertThrows(Conflict.class, () ->
                submissions.createFolder(TA, a1.id(), group.id(), new SubmissionPath("src")));
        assertEquals("group g1 already has a folder src", again.getMessage());
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("src/a.py"), bytes("1")));
        submissions.upload(TA, new UploadSubmissionFileCommand(a1.id(), group.id(), new SubmissionPath("top.py"), bytes("2")));
        submissions.removeFile(TA, a1.id(), group.id(), new SubmissionPath("src/a.py"));
        assertEquals("src/.gitkeep\ntop.py\n", listing(submissions.archive(TA, a1.id(), group.id(), false)));
        NotFound noFile = assertThrows(NotFound.class, () ->
                submissions.removeFile(TA, a1.id(), group.id(), new SubmissionPath("src/a.py")));
        assertEquals("group g1 has no file src/a.py", noFile.getMessage());
        submissions.removeFolder(TA, a1.id(), group.id(), new SubmissionPath("src"));
        assertEquals("top.py\n", listing(submissions.archive(TA, a1.id(), group.id(), false)));
        NotFound noFolder = assertThrows(NotFound.class, () ->
                submissions.removeFolder(TA, a1.id(), group.id(), new SubmissionPath("src")));
        assertEquals("group g1 has no folder src", noFolder.getMessage());
        for (Runnable refused : List.<Runnable>of(
                () -> submissions.createFolder(STUDENT, a1.id(), group.id(), new SubmissionPath("x")),
                () -> submissions.removeFile(STUDENT, a1.id(), group.id(), new SubmissionPath("top.py")),
                () -> submissions.removeFolder(STUDENT, a1.id(), group.id(), new SubmissionPath("x")))) {
            assertThrows(Forbidden.class, refused::run);
        }
        assertEquals("top.py\n", listing(submissions.archive(ADMIN, a1.id(), group.id(), false)));
    }

    @Test
    void courseAssignmentsAreListedAndMadeInTheCourseEntered() {
        CourseId course = new CourseId(4);
        Assignment old = assignment("1");
        CourseAccess instructor = new CourseAccess(course, STUDENT, Optional.of(role(course, RoleType.INSTRUCTOR)));
        Assignment made = assignments.create(instructor, AssignmentEdit.of(Map.of("short_identifier", "B1",
                "due_date", "2026-10-01")));
        CourseAccess student = new CourseAccess(course, STUDENT, Optional.of(role(course, RoleType.STUDENT)));
        assertEquals(List.of(made), assignments.list(student));
        assertEquals(List.of(old), assignments.list(new CourseAccess(CourseId.DEFAULT, ADMIN, Optional.empty())));
        List<Assignment> older = new ArrayList<>();
        assignments.list(ADMIN, CollectionRequest.everything()).listing().rows().forEach(older::add);
        assertEquals(List.of(old), older, "the older global listing is the default course's");
        assertThrows(Forbidden.class, () -> assignments.create(student, AssignmentEdit.of(Map.of("short_identifier", "B2",
                "due_date", "2026-10-01"))));
        assertThrows(Forbidden.class, () -> assignments.list(new CourseAccess(course, TA, Optional.empty())));
        assertThrows(Conflict.class, () -> assignments.create(instructor, AssignmentEdit.of(Map.of("short_identifier",
                "A1", "due_date", "2026-10-01"))));
    }

    @Test
    void feedbackFilesNeedACollectedSubmissionAndKeepTheirTypeWhenReplaced() throws IOException {
        Assignment a1 = assignment("1");
        person("s1", UserType.STUDENT);
        Group group = groups.create(ADMIN, a1.id(), new GroupName("g1"), names("s1"));
        GroupRef ref = new GroupRef(a1.id(), group.id());
        NotFound none = assertThrows(NotFound.class, () -> feedback.list(TA, ref));
        assertEquals("No submission exists for group g1", none.getMessage());
        submissions.collect(TA, a1.id(), group.id());
        FeedbackFile made = feedback.upload(TA, ref, new FeedbackUpload(new SubmissionPath("r.txt"), "text/plain", bytes("ok")));
        assertEquals(List.of(made), feedback.list(TA, ref));
        OpenedFeedbackFile opened = feedback.open(TA, ref, made.id());
        assertEquals("ok", new String(opened.content().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(made, opened.file());
        FeedbackFile replaced = feedback.replace(TA, ref, made.id(),
                new FeedbackUpload(new SubmissionPath("r2.txt"), null, bytes("better")));
        assertEquals("text/plain", replaced.mimeType());
        assertEquals("better", new String(feedback.open(TA, ref, made.id()).content().readAllBytes(), StandardCharsets.UTF_8));
        NotFound missing = assertThrows(NotFound.class, () -> feedback.open(TA, ref, 99));
        assertEquals("the submission has no feedback file with id 99", missing.getMessage());
        assertThrows(NotFound.class, () -> feedback.replace(TA, ref, 99, new FeedbackUpload(new SubmissionPath("x"), null,
                bytes("x"))));
        assertThrows(Conflict.class, () -> feedback.upload(TA, ref, new FeedbackUpload(new SubmissionPath("r2.txt"), null,
                bytes("x"))));
        for (Runnable refused : List.<Runnable>of(() -> feedback.list(STUDENT, ref), () -> feedback.open(STUDENT, ref, 1),
                () -> feedback.upload(STUDENT, ref, new FeedbackUpload(new SubmissionPath("y"), null, bytes("y"))),
                () -> feedback.replace(STUDENT, ref, 1, new FeedbackUpload(new SubmissionPath("y"), null, bytes("y"))))) {
            assertThrows(Forbidden.class, refused::run);
        }
    }

    @Test
    void testSpecsAreKeptAsGivenForInstructorsOnly() throws IOException {
        TestSpecService specs = new TestSpecService(new InMemoryTestSpecStore(), new PathListing(), clock);
        CourseId course = new CourseId(4);
        CourseAccess instructor = new CourseAccess(course, STUDENT, Optional.of(role(course, RoleType.INSTRUCTOR)));
        CourseAccess ta = new CourseAccess(course, STUDENT, Optional.of(role(course, RoleType.TA)));
        AssignmentId a1 = new AssignmentId(1);
        assertEquals(TestSpecs.NONE, specs.specs(instructor, a1));
        specs.replaceSpecs(instructor, a1, new TestSpecs("{\"a\":1}"));
        assertEquals(new TestSpecs("{\"a\":1}"), specs.specs(instructor, a1));
        assertEquals("", listing(specs.testFiles(instructor, a1)));
        assertEquals("test-files-1.zip", specs.testFiles(instructor, a1).fileName());
        assertThrows(Forbidden.class, () -> specs.specs(ta, a1));
        assertThrows(Forbidden.class, () -> specs.replaceSpecs(ta, a1, TestSpecs.NONE));
        assertThrows(Forbidden.class, () -> specs.testFiles(ta, a1));
        assertThrows(InvalidInput.class, () -> new TestSpecs("[1]"));
        assertThrows(InvalidInput.class, () -> new TestSpecs(null));
        assertThrows(LimitExceeded.class, () -> new TestSpecs("{" + " ".repeat(1 << 20)));
    }

    private Role role(CourseId course, RoleType type) {
        User user = users.findByName(STUDENT.name()).orElseGet(() -> {
            person(STUDENT.name().value(), UserType.STUDENT);
            return users.findByName(STUDENT.name()).orElseThrow();
        });
        return new Role(1, course, user, type, Optional.empty(), 0, false);
    }

    private static String listing(ArchiveDownload archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Assignment assignment(String groupMax) {
        return assignments.create(ADMIN, AssignmentEdit.of(Map.of("short_identifier", "A1", "due_date", "2026-10-01",
                "group_max", groupMax)));
    }

    private void person(String name, UserType type) {
        users.create(new NewUser(new UserName(name), type, new PersonalDetails("F", "L", null, null, 0)), clock.instant());
    }

    private static List<UserName> names(String... names) {
        return List.of(names).stream().map(UserName::new).toList();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A "bundle" that lists its paths: enough to see which files a download holds. */
    private static final class PathListing implements FileBundleWriter {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void write(List<BundledFile> files, java.io.OutputStream out) throws IOException {
            for (BundledFile file : files) {
                out.write((file.path() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
