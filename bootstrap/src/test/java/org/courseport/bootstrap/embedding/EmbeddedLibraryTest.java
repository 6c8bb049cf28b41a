package org.courseport.bootstrap.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;
import org.courseport.adapters.archive.embedding.CommonsCompressArchives;
import org.courseport.adapters.persistence.embedding.JdbiStores;
import org.courseport.application.embedding.Courseport;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.application.grading.PostTestResultCommand;
import org.courseport.application.grading.PostedTestResult;
import org.courseport.application.grading.UploadSubmissionFileCommand;
import org.courseport.application.query.CollectionRequest;
import org.courseport.application.query.Page;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.blob.CollectableBlobStore;
import org.courseport.domain.course.CourseKey;
import org.courseport.domain.course.ImportJob;
import org.courseport.domain.course.ImportState;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.grading.Assignment;
import org.courseport.domain.grading.AssignmentEdit;
import org.courseport.domain.grading.Group;
import org.courseport.domain.grading.GroupName;
import org.courseport.domain.grading.SubmissionPath;
import org.courseport.domain.grading.TestResult;
import org.courseport.domain.grading.TestResultContent;
import org.courseport.domain.grading.TestResultFilename;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plays an LMS backend that embeds Courseport as a library: its own H2 database (with a {@code users}
 * table of its own), its own blob storage, its own logins. It builds Courseport by hand, without
 * Guice, and calls the use cases directly (users, a course imported and exported, a test result
 * posted on a collected submission); no Courseport server is started.
 *
 * <p>docs/embedding.md quotes {@link #embed} and the two examples after it verbatim; {@link #theEmbeddingGuideQuotesThisExample}
 * keeps the two the same.
 */
class EmbeddedLibraryTest {
    private static final CourseKey CIRCUITS = CourseKey.parse("course-v1:MITx+6.002x+2026_Fall");

    private DataSource hostDatabase;
    private final InMemoryBlobStore hostBlobs = new InMemoryBlobStore();
    private final HostLogins logins = new HostLogins();

    @BeforeEach
    void theHostsOwnDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:lms_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("sa");
        hostDatabase = h2;
        Jdbi.create(hostDatabase).useHandle(h -> {
            h.execute("create table users (login varchar(40) primary key, password_hash varchar(60))");
            h.execute("insert into users (login) values ('lms-admin')");
        });
    }

    // embedding-example:start
    /** Assembles Courseport inside the host: the host's database, blob storage and threads. */
    static Courseport embed(DataSource hostDatabase, CollectableBlobStore hostBlobs) {
        return Courseport.builder()
                .stores(JdbiStores.migrate(hostDatabase, "courseport", Clock.systemUTC()))
                .blobs(hostBlobs)                          // optional: without it, blobs live in the database
                .archives(new CommonsCompressArchives())   // OLX tar.gz in and out
                .build();                                  // imports run on the caller's thread unless importExecutor(...)
    }

    /** The host decides who calls and in which role; Courseport's API tokens are not involved. */
    static byte[] importAndExport(Courseport courseport, Caller caller, CourseKey key, byte[] olxTarGz) throws IOException {
        courseport.createUser().create(caller, new NewUser(new UserName("tess"), UserType.TA,
                new PersonalDetails("Tess", "Grader", "tess@example.edu", null, 0)));
        ImportJob job = courseport.importCourse().importCourse(caller, key, new ByteArrayInputStream(olxTarGz), true);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        courseport.exportCourse().export(caller, key, OptionalInt.of(job.version())).body().writeTo(exported);
        return exported.toByteArray();
    }

    /** A grading robot, a TA in the host's eyes, posts a test result on a group's collected submission. */
    static PostedTestResult gradeASubmission(Courseport courseport, Caller admin, Caller grader) {
        courseport.createUser().create(admin, new NewUser(new UserName("sam"), UserType.STUDENT,
                new PersonalDetails("Sam", "Student", null, null, 0)));
        Assignment a1 = courseport.createAssignment().create(admin,
                AssignmentEdit.of(Map.of("short_identifier", "A1", "due_date", "2026-10-01")));
        Group group = courseport.createGroup().create(admin, a1.id(), new GroupName("g1"), List.of(new UserName("sam")));
        courseport.uploadSubmissionFile().upload(grader, new UploadSubmissionFileCommand(a1.id(), group.id(),
                new SubmissionPath("hello.py"), new ByteArrayInputStream("print('hello')\n".getBytes(StandardCharsets.UTF_8))));
        courseport.collectSubmission().collect(grader, a1.id(), group.id());
        return courseport.postTestResult().post(grader, new PostTestResultCommand(a1.id(), group.id(),
                new TestResultFilename("results.json"), new TestResultContent("{\"passed\": 3, \"failed\": 0}")));
    }
    // embedding-example:end

    @Test
    void theHostImportsAndExportsACourseWithItsOwnDatabaseBlobsAndLogins() throws IOException {
        Courseport courseport = embed(hostDatabase, hostBlobs);
        Caller admin = logins.caller(logins.logIn("lms-admin", UserType.ADMIN)).orElseThrow();
        byte[] archive = OlxCourse.of("MITx", "6.002x", "2026_Fall").tarGz();

        byte[] exported = importAndExport(courseport, admin, CIRCUITS, archive);

        ImportJob again = courseport.importCourse().importCourse(admin, CIRCUITS, new ByteArrayInputStream(exported), true);
        assertEquals(ImportState.SUCCEEDED, again.state());
        assertFalse(again.newVersion(), "the export holds every file as imported, so importing it changes nothing");
        assertEquals(1, courseport.getCourse().get(admin, CIRCUITS).versions().size());
        assertTrue(hostBlobs.writes() > 0, "course files went to the host's blob storage");
        assertEquals(List.of("tess"), names(courseport.listUsers().list(admin,
                new CollectionRequest("type:ta", null, null, null, null))));
    }

    @Test
    void theHostsGradingRobotPostsATestResult() throws IOException {
        Courseport courseport = embed(hostDatabase, hostBlobs);
        Caller admin = logins.caller(logins.logIn("lms-admin", UserType.ADMIN)).orElseThrow();
        Caller grader = logins.caller(logins.logIn("grader-bot", UserType.TA)).orElseThrow();

        PostedTestResult posting = gradeASubmission(courseport, admin, grader);

        TestResult posted = posting.write().result();
        Assignment a1 = courseport.getAssignment().get(grader, posting.assignment());
        Group group = courseport.getGroup().get(grader, a1.id(), posting.group());
        assertEquals("A1", a1.shortIdentifier().value());
        assertEquals(posted, courseport.getTestResult().get(grader, a1.id(), group.id(), posted.id()));
        assertEquals("{\"passed\": 3, \"failed\": 0}", posted.content().text());
        try (InputStream file = courseport.downloadSubmissionFile().download(grader, a1.id(), group.id(),
                new SubmissionPath("hello.py")).content()) {
            assertEquals("print('hello')\n", new String(file.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThrows(Forbidden.class, () -> courseport.postTestResult().post(
                logins.caller(logins.logIn("sam", UserType.STUDENT)).orElseThrow(), new PostTestResultCommand(a1.id(),
                        group.id(), new TestResultFilename("mine.json"), new TestResultContent("{}"))));
    }

    @Test
    void theHostsRolesAreCourseportsRoles() {
        Courseport courseport = embed(hostDatabase, hostBlobs);
        Caller ta = logins.caller(logins.logIn("grader-bot", UserType.TA)).orElseThrow();
        Caller student = logins.caller(logins.logIn("sam", UserType.STUDENT)).orElseThrow();

        assertThrows(Forbidden.class, () -> courseport.createUser().create(ta, new NewUser(new UserName("x"),
                UserType.STUDENT, new PersonalDetails("X", "Y", null, null, 0))));
        assertThrows(Forbidden.class, () -> courseport.listCourses().list(student, CollectionRequest.everything()));
        assertEquals(List.of(), names(courseport.listUsers().list(ta, CollectionRequest.everything())),
                "no Courseport user exists until the host makes one; no first admin, no token");
    }

    @Test
    void courseportsTablesStayInTheirSchemaAndTheHostsTablesAreUntouched() throws IOException {
        Courseport courseport = embed(hostDatabase, hostBlobs);
        Caller admin = logins.caller(logins.logIn("lms-admin", UserType.ADMIN)).orElseThrow();
        importAndExport(courseport, admin, CIRCUITS, OlxCourse.of("MITx", "6.002x", "2026_Fall").tarGz());
        embed(hostDatabase, hostBlobs); // the host's next start: migrated already, nothing to do

        Jdbi host = Jdbi.create(hostDatabase);
        assertEquals(List.of("lms-admin"), host.withHandle(h -> h.createQuery("select login from users").mapTo(String.class).list()));
        assertEquals(List.of("tess"), host.withHandle(h -> h.createQuery("select user_name from courseport.users")
                .mapTo(String.class).list()));
        // The default course (no OLX key) is there from the migration on, beside the imported one.
        assertEquals(List.of("MITx"), host.withHandle(h -> h.createQuery(
                "select org from courseport.courses where course_key is not null").mapTo(String.class).list()));
    }

    @Test
    void theEmbeddingGuideQuotesThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/courseport/bootstrap/embedding/EmbeddedLibraryTest.java"));
        String example = source.substring(source.indexOf("// embedding-example:start\n") + "// embedding-example:start\n".length(),
                source.indexOf("// embedding-example:end"));
        String guide = Files.readString(Path.of("../docs/embedding.md"), StandardCharsets.UTF_8);
        assertTrue(guide.contains(example.stripIndent()),
                "docs/embedding.md must quote EmbeddedLibraryTest's example as it is:\n" + example.stripIndent());
    }

    private static List<String> names(Page<User> page) {
        List<String> names = new ArrayList<>();
        page.listing().rows().forEach(user -> names.add(user.userName().value()));
        return names;
    }
}
