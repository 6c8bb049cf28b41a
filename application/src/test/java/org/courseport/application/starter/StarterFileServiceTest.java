package org.courseport.application.starter;

import static org.courseport.application.fixtures.TestUsers.ADMIN;
import static org.courseport.application.fixtures.TestUsers.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.courseport.application.fixtures.InMemoryAssignmentStore;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryRosterStore;
import org.courseport.application.fixtures.InMemoryStarterFileStore;
import org.courseport.application.fixtures.InMemoryUserStore;
import org.courseport.application.grading.ArchiveDownload;
import org.courseport.application.roster.RosterService;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.AssignmentDetails;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.NewAssignment;
import org.courseport.domain.grading.ShortIdentifier;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.roster.CourseName;
import org.courseport.domain.roster.NewCourse;
import org.courseport.domain.roster.NewRole;
import org.courseport.domain.roster.RoleType;
import org.courseport.domain.starter.StarterEntry;
import org.courseport.domain.starter.StarterFileGroup;
import org.courseport.domain.starter.StarterFileGroupChanges;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StarterFileServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Caller TOM = new Caller(new UserName("tom"), UserType.TA);

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryAssignmentStore assignments = new InMemoryAssignmentStore();
    private final RosterService roster = new RosterService(new InMemoryRosterStore(users), users, assignments, CLOCK);
    private final StarterFileService starter = new StarterFileService(new InMemoryStarterFileStore(),
            new InMemoryBlobStore(), new PathListing(), roster, CLOCK);
    private CourseId course;
    private AssignmentId assignment;

    @BeforeEach
    void setUp() {
        users.create(newUser("tom", UserType.TA), CLOCK.instant());
        course = roster.create(ADMIN, new NewCourse(new CourseName("csc"), "CSC", false)).id();
        roster.add(ADMIN, course, new NewRole(new UserName("tom"), RoleType.TA, Optional.empty(), 0, false));
        ShortIdentifier a1 = new ShortIdentifier("A1");
        assignment = assignments.create(course, new NewAssignment(a1, AssignmentDetails.defaults(a1,
                LocalDate.of(2026, 10, 1))), CLOCK.instant()).id();
    }

    @Test
    void groupsAreMadeByInstructorsAndReadByGradersOfTheCourse() {
        StarterFileGroup made = starter.create(ADMIN, course, assignment);
        assertEquals(StarterFileGroup.DEFAULT_NAME, made.name());
        assertThrows(Forbidden.class, () -> starter.create(TOM, course, assignment));
        assertEquals(List.of(made), starter.groups(TOM, course, assignment));
        StarterGroupRef ref = new StarterGroupRef(course, made.id());
        assertEquals(made, starter.group(TOM, ref));
        StarterFileGroup renamed = starter.update(ADMIN, ref, new StarterFileGroupChanges(Optional.of("Lab"),
                Optional.empty(), Optional.empty()));
        assertEquals("Lab", renamed.name());
        assertThrows(InvalidInput.class, () -> starter.update(ADMIN, ref, new StarterFileGroupChanges(
                Optional.empty(), Optional.empty(), Optional.of(true))));
        assertThrows(Forbidden.class, () -> starter.update(TOM, ref, new StarterFileGroupChanges(
                Optional.of("x"), Optional.empty(), Optional.empty())));
        assertThrows(NotFound.class, () -> starter.group(ADMIN, new StarterGroupRef(CourseId.DEFAULT, made.id())));
        assertThrows(Forbidden.class, () -> starter.delete(TOM, ref));
        starter.delete(ADMIN, ref);
        NotFound gone = assertThrows(NotFound.class, () -> starter.group(ADMIN, ref));
        assertEquals("no starter file group has id " + made.id(), gone.getMessage());
    }

    @Test
    void filesNeedTheirFolderAndDownloadWithoutFolders() throws IOException {
        StarterGroupRef ref = new StarterGroupRef(course, starter.create(ADMIN, course, assignment).id());
        Unprocessable noFolder = assertThrows(Unprocessable.class, () -> starter.createFile(ADMIN, ref,
                new SubmissionPath("src/a.py"), bytes("1")));
        assertEquals("the starter file group has no folder src; create it first", noFolder.getMessage());
        starter.createFolder(ADMIN, ref, new SubmissionPath("src/lib"));
        starter.createFile(ADMIN, ref, new SubmissionPath("src/lib/a.py"), bytes("1"));
        starter.createFile(ADMIN, ref, new SubmissionPath("top.txt"), bytes("2"));
        assertEquals(List.of("src", "src/lib", "src/lib/a.py", "top.txt"),
                starter.entries(TOM, ref).stream().map(StarterEntry::path).map(SubmissionPath::value).toList());
        assertEquals("src/lib/a.py\ntop.txt\n", listing(starter.download(TOM, ref)));
        assertThrows(Forbidden.class, () -> starter.createFolder(TOM, ref, new SubmissionPath("x")));
        assertThrows(Forbidden.class, () -> starter.createFile(TOM, ref, new SubmissionPath("x"), bytes("x")));
        assertThrows(Forbidden.class, () -> starter.removeFile(TOM, ref, new SubmissionPath("top.txt")));
        assertThrows(Forbidden.class, () -> starter.removeFolder(TOM, ref, new SubmissionPath("src")));
        starter.removeFile(ADMIN, ref, new SubmissionPath("top.txt"));
        NotFound missing = assertThrows(NotFound.class, () -> starter.removeFile(ADMIN, ref, new SubmissionPath("top.txt")));
        assertEquals("the starter file group has no file top.txt", missing.getMessage());
        starter.removeFolder(ADMIN, ref, new SubmissionPath("src"));
        starter.removeFolder(ADMIN, ref, new SubmissionPath("src"));
        assertEquals(List.of(), starter.entries(ADMIN, ref));
        assertEquals("", listing(starter.download(ADMIN, ref)));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String listing(ArchiveDownload archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A "bundle" that lists its paths. */
    private static final class PathListing implements FileBundleWriter {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void write(List<BundledFile> files, OutputStream out) throws IOException {
            for (BundledFile file : files) {
                out.write((file.path() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
