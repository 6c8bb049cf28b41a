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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryGroupStore;
import org.courseport.application.fixtures.InMemorySubmissionStore;
import org.courseport.application.fixtures.InMemoryTestResultStore;
import org.courseport.application.fixtures.InMemoryUserStore;
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
