package org.courseport.bootstrap.client;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.application.fixtures.TarGz;
import org.courseport.bootstrap.testing.RunningServer;
import org.courseport.client.archive.CourseDirectory;
import org.courseport.client.archive.SafeUnpacker;
import org.courseport.client.archive.UnpackLimits;
import org.courseport.client.http.CourseDetails;
import org.courseport.client.http.CourseDownload;
import org.courseport.client.http.CourseportClient;
import org.courseport.client.http.ForbiddenException;
import org.courseport.client.http.ImportJob;
import org.courseport.client.http.InvalidRequestException;
import org.courseport.client.http.LimitExceededException;
import org.courseport.client.http.NotFoundException;
import org.courseport.client.http.UnauthenticatedException;
import org.courseport.client.http.UnprocessableException;
import org.courseport.domain.course.ArchiveLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The client library as a Java robot uses it, against the whole server; each refusal is its own type. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientLibraryTest {
    private static final String KEY = "course-v1:MITx+6.002x+2026_Fall";
    /** Few entries allowed, so one archive made here crosses a limit. */
    private static final ArchiveLimits LIMITS = new ArchiveLimits(ArchiveLimits.GIB, ArchiveLimits.GIB, 30, ArchiveLimits.GIB, 200);

    @TempDir
    static Path dir;
    private RunningServer server;
    private CourseportClient client;

    @BeforeAll
    void start() throws IOException {
        server = RunningServer.embedded(Files.createDirectories(dir.resolve("data")), LIMITS);
        client = CourseportClient.connect(server.base(), server.adminToken());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void importFollowExportAndRead() throws IOException, InterruptedException {
        OlxCourse course = OlxCourse.of("MITx", "6.002x", "2026_Fall");
        CourseDirectory folder = CourseDirectory.of(CourseFolders.write(course, dir.resolve("course")));

        ImportJob accepted = client.importCourse(KEY, folder::archive);
        assertEquals(KEY, accepted.courseKey());
        List<ImportJob.State> seen = new ArrayList<>();
        ImportJob done = client.awaitJob(accepted.id(), job -> seen.add(job.state()));
        assertEquals(ImportJob.State.SUCCEEDED, done.state(), done.document());
        assertEquals(OptionalInt.of(1), done.version());
        assertTrue(done.newVersion());
        assertEquals(ImportJob.State.SUCCEEDED, seen.get(seen.size() - 1));

        ImportJob again = client.awaitJob(client.importCourse(KEY, folder::archive).id(), job -> { });
        assertTrue(again.unchanged(), again.document());

        CourseDetails details = client.course("MITx/6.002x/2026_Fall");
        assertEquals(KEY, details.course().courseKey());
        assertEquals(1, details.versions().size());
        assertEquals("Week 1", details.outline().orElseThrow().children().get(0).displayName());
        assertTrue(client.courses().stream().anyMatch(c -> c.courseKey().equals(KEY) && c.currentVersion() == 1));

        Path unpacked = dir.resolve("exported");
        try (CourseDownload download = client.export(KEY, OptionalInt.of(1))) {
            assertEquals(1, download.version());
            assertEquals("MITx_6.002x_2026_Fall-v1.tar.gz", download.fileName());
            assertEquals("\"" + details.versions().get(0).etag() + "\"", download.etag());
            SafeUnpacker.unpack(download.body(), unpacked, UnpackLimits.DEFAULTS);
        }
        CourseFolders.assertHolds(course, unpacked);
    }

    @Test
    void anUnknownTokenIsUnauthenticated() {
        CourseportClient stranger = CourseportClient.connect(server.base(), "cpt_" + "x".repeat(43));
        UnauthenticatedException refused = assertThrows(UnauthenticatedException.class, stranger::courses);
        assertEquals(401, refused.status());
        assertEquals("unauthenticated", refused.problem().kind());
    }

    @Test
    void aStudentIsForbidden() throws IOException, InterruptedException {
        ApiClient admin = server.admin();
        ObjectMapper json = new ObjectMapper();
        String id = json.readTree(admin.postForm("/api/v1/users.json", fields("user_name", "stu", "type", "student",
                "first_name", "S", "last_name", "T")).body()).get("id").asText();
        String token = json.readTree(admin.postForm("/api/v1/users/" + id + "/token.json", fields()).body()).get("token").asText();
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> CourseportClient.connect(server.base(), token).courses());
        assertEquals("forbidden", refused.problem().kind());
    }

    @Test
    void unknownCoursesAndVersionsAreNotFound() {
        assertThrows(NotFoundException.class, () -> client.course("course-v1:No+Such+Course"));
        assertThrows(NotFoundException.class, () -> client.export("course-v1:No+Such+Course", OptionalInt.empty()));
        assertThrows(NotFoundException.class, () -> client.job("00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void aMalformedKeyIsAnInvalidRequestNamingThePart() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> client.course("course-v1:A+B"));
        assertFalse(refused.problem().explanation().isBlank());
        assertEquals(400, refused.status());
    }

    @Test
    void archivesTheServerRefusesAreTypedByTheirRule() {
        UnprocessableException notGzip = assertThrows(UnprocessableException.class, () -> client.importCourse(KEY,
                () -> new ByteArrayInputStream("not an archive".getBytes(StandardCharsets.UTF_8))));
        assertEquals("unprocessable-content", notGzip.problem().kind());
        assertTrue(notGzip.problem().detail().contains("not a gzip-compressed tar"), notGzip.problem().detail());

        TarGz many = TarGz.archive().course(OlxCourse.of("MITx", "6.002x", "2026_Fall"), null);
        for (int i = 0; i < 40; i++) {
            many.file("static/f" + i + ".txt", "x");
        }
        byte[] bytes = many.bytes();
        LimitExceededException tooMany = assertThrows(LimitExceededException.class,
                () -> client.importCourse(KEY, () -> new ByteArrayInputStream(bytes)));
        assertTrue(tooMany.problem().detail().contains("max-entries"), tooMany.problem().detail());
    }
}
