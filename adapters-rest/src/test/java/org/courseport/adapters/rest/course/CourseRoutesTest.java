package org.courseport.adapters.rest.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.courseport.adapters.rest.server.UploadLimits;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.UsersApiServer;
import org.courseport.application.course.CourseService;
import org.courseport.application.course.ImportCourseService;
import org.courseport.application.fixtures.FakeCourseArchives;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.InMemoryCourseStore;
import org.courseport.application.fixtures.InMemoryImportJobStore;
import org.courseport.application.fixtures.ReadOnlyBlobStore;
import org.courseport.domain.course.ArchiveLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course routes over the real use cases with stores and archives faked (see FakeCourseArchives). */
class CourseRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BODY = 20_000;
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2);
    @TempDir
    static Path spool;
    private static UsersApiServer server;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        InMemoryBlobStore blobs = new InMemoryBlobStore();
        FakeCourseArchives archives = new FakeCourseArchives(blobs);
        InMemoryCourseStore courses = new InMemoryCourseStore();
        ImportCourseService imports = new ImportCourseService(archives, archives, courses, new InMemoryImportJobStore(),
                ArchiveLimits.DEFAULTS, EXECUTOR, Clock.systemUTC());
        CourseService service = new CourseService(courses, archives);
        server = new UsersApiServer(new UploadLimits(spool, MAX_BODY, MAX_BODY), users -> List.of(
                new ImportResource(imports, imports), new CoursesResource(service, service, service, service)));
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
        EXECUTOR.shutdownNow();
    }

    private static String archive(String key, String... files) {
        return "course.xml=" + key + (files.length == 0 ? "" : "\n" + String.join("\n", files));
    }

    private static HttpResponse<String> importRaw(ApiClient client, String method, String path, String body) {
        return client.send(client.request(path).header("Content-Type", "application/gzip").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> importForm(String path, String field, String fileName, String body) {
        String boundary = "----courseport" + System.nanoTime();
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"wait\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/gzip\r\n\r\n" + body + "\r\n--" + boundary + "--\r\n";
        return admin.send(admin.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void waitingImportsAnswer201ForANewVersionAnd200ForTheSameContent() throws Exception {
        String key = "course-v1:MITx+Wait+2026";
        HttpResponse<String> first = importRaw(admin, "POST", "/api/v1/import/" + key + "?wait=true", archive(key, "a=1"));
        assertEquals(201, first.statusCode(), first.body());
        JsonNode job = json(first);
        assertEquals("succeeded", job.get("state").asText());
        assertEquals(1, job.get("version").asInt());
        String location = first.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/imports/" + job.get("id").asText()), location);
        assertEquals("succeeded", json(admin.get(location.substring(location.indexOf("/api")), "application/json"))
                .get("state").asText());

        HttpResponse<String> again = importRaw(admin, "PUT", "/api/v1/import/MITx/Wait/2026?wait=true", archive(key, "a=1"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(false, json(again).get("new_version").asBoolean());
    }

    @Test
    void withoutWaitAnImportAnswers202AndTheJobFinishes() throws Exception {
        String key = "course-v1:MITx+Later+2026";
        HttpResponse<String> accepted = importRaw(admin, "POST", "/api/v1/import/MITx/Later/2026", archive(key));
        assertEquals(202, accepted.statusCode(), accepted.body());
        String job = accepted.headers().firstValue("Location").orElseThrow();
        String state = "";
        for (int i = 0; i < 100 && !state.equals("succeeded"); i++) {
            state = json(admin.get(job.substring(job.indexOf("/api")), "application/json")).get("state").asText();
            Thread.sleep(20);
        }
        assertEquals("succeeded", state);
    }

    @Test
    void multipartTakesCourseDataOrTheOneFileField() throws Exception {
        String key = "course-v1:MITx+Form+2026";
        assertEquals(201, importForm("/api/v1/import/" + key + "?wait=true", "course_data", "c.tar.gz", archive(key, "a=1")).statusCode());
        HttpResponse<String> other = importForm("/api/v1/import/" + key + "?wait=true", "file", "c.tar.gz", archive(key, "a=2"));
        assertEquals(201, other.statusCode(), other.body());
        assertEquals(2, json(other).get("version").asInt());
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(0, left.count(), "multipart spool files are removed");
        }
    }

    @Test
    void aMultipartBodyOverTheLimitIs413() throws Exception {
        String key = "course-v1:MITx+Big+2026";
        HttpResponse<String> tooBig = importForm("/api/v1/import/" + key, "course_data", "c.tar.gz",
                archive(key, "a=" + "x".repeat((int) MAX_BODY)));
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(json(tooBig).get("detail").asText().contains("max-archive-bytes"));
    }

    @Test
    void exportHasAStrongETagHonoursIfNoneMatchAndOlderVersions() throws Exception {
        String key = "course-v1:MITx+Export+2026";
        importRaw(admin, "POST", "/api/v1/import/" + key + "?wait=true", archive(key, "a=1"));
        importRaw(admin, "POST", "/api/v1/import/" + key + "?wait=true", archive(key, "a=2"));
        ApiClient ta = server.ta();

        HttpResponse<String> current = ta.get("/api/v1/export/" + key, "application/x-tgz");
        assertEquals(200, current.statusCode(), current.body());
        assertEquals(archive(key, "a=2").lines().sorted().toList(), current.body().lines().sorted().toList());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);
        assertTrue(current.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-tgz"));

        HttpResponse<String> notModified = ta.send(ta.request("/api/v1/export/" + key).header("If-None-Match", etag).GET());
        assertEquals(304, notModified.statusCode());
        assertEquals(etag, notModified.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> first = ta.get("/api/v1/export/MITx/Export/2026.tar.gz?version=1");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("a=1"));
        assertEquals("1", first.headers().firstValue("X-Course-Version").orElseThrow());
        assertEquals(404, ta.get("/api/v1/export/" + key + "?version=3", "application/gzip").statusCode());
        assertEquals(400, ta.get("/api/v1/export/" + key + "?version=0", "application/gzip").statusCode());
    }

    @Test
    void coursesListAndShowHistoryAndOutline() throws Exception {
        String key = "course-v1:MITx+Show+2026";
        importRaw(admin, "POST", "/api/v1/import/" + key + "?wait=true", archive(key));
        JsonNode list = json(server.ta().get("/api/v1/courses.json"));
        assertTrue(list.toString().contains(key), list.toString());
        JsonNode course = json(server.ta().get("/api/v1/courses/MITx/Show/2026.json"));
        assertEquals(key, course.get("course_key").asText());
        assertEquals(1, course.get("versions").size());
        assertEquals("course", course.get("outline").get("kind").asText());
        assertTrue(course.get("drafts").isArray(), course.toString());
        assertEquals(200, server.ta().get("/api/v1/courses/" + key + ".xml").statusCode());
        JsonNode contents = json(server.ta().get("/api/v1/courses/" + key + ".json?depth=0"));
        assertEquals("course", contents.get("outline").get("kind").asText());
        assertTrue(contents.get("outline").get("children") == null && contents.get("drafts") == null, contents.toString());
        assertEquals(400, server.ta().get("/api/v1/courses/" + key + ".json?depth=-1").statusCode());
        assertEquals(400, server.ta().get("/api/v1/courses/" + key + ".json?depth=all").statusCode());
    }

    @Test
    void refusalsAreProblems() throws Exception {
        String key = "course-v1:MITx+Bad+2026";
        HttpResponse<String> badKey = importRaw(admin, "POST", "/api/v1/import/course-v1:MITx+Ba%20d+2026", archive(key));
        assertEquals(400, badKey.statusCode(), badKey.body());
        assertTrue(json(badKey).get("detail").asText().contains("course part"));
        assertEquals(403, importRaw(server.ta(), "POST", "/api/v1/import/" + key, archive(key)).statusCode());
        assertEquals(401, importRaw(server.anonymous(), "POST", "/api/v1/import/" + key, archive(key)).statusCode());
        HttpResponse<String> refused = importRaw(admin, "POST", "/api/v1/import/" + key + "?wait=true",
                archive(key, "!refuse the body is not a gzip-compressed tar archive"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> mismatch = importRaw(admin, "POST", "/api/v1/import/" + key + "?wait=true", archive("course-v1:X+Y+Z"));
        assertEquals(422, mismatch.statusCode(), mismatch.body());
        assertEquals(404, server.ta().get("/api/v1/courses/" + key, "application/json").statusCode());
        assertEquals(404, server.ta().get("/api/v1/imports/not-a-job", "application/json").statusCode());
        HttpResponse<String> text = admin.send(admin.request("/api/v1/import/" + key).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(415, text.statusCode());
        assertTrue(text.body().contains("application/gzip") && text.body().contains("multipart/form-data"), text.body());
    }

    @Test
    void aBlobStoreThatCannotWriteIs500WithAReferenceAndNoServerPath() throws Exception {
        FakeCourseArchives readOnly = new FakeCourseArchives(new ReadOnlyBlobStore());
        InMemoryImportJobStore jobs = new InMemoryImportJobStore();
        ImportCourseService imports = new ImportCourseService(readOnly, readOnly, new InMemoryCourseStore(), jobs,
                ArchiveLimits.DEFAULTS, EXECUTOR, Clock.systemUTC());
        try (UsersApiServer onReadOnlyDisk = new UsersApiServer(new UploadLimits(spool, MAX_BODY, MAX_BODY),
                users -> List.of(new ImportResource(imports, imports)))) {
            ApiClient client = onReadOnlyDisk.admin();
            for (String query : List.of("?wait=true", "")) {
                String key = "course-v1:MITx+RO+" + query.length();
                HttpResponse<String> failed = importRaw(client, "POST", "/api/v1/import/" + key + query, archive(key));
                assertEquals(500, failed.statusCode(), failed.body());
                assertEquals("https://courseport.org/problems/internal-error", json(failed).get("type").asText());
                assertTrue(failed.body().contains("reference"), failed.body());
                assertFalse(failed.body().contains("/srv"), failed.body());
            }
            String job = jobs.all().iterator().next().id().toString();
            HttpResponse<String> kept = client.get("/api/v1/imports/" + job, "application/json");
            JsonNode error = json(kept).get("error");
            assertEquals(500, error.get("status").asInt(), kept.body());
            assertTrue(error.get("detail").asText().contains("reference"), kept.body());
            assertFalse(kept.body().contains("/srv"), kept.body());
        }
    }

    @Test
    void deleteIsForAdmins() {
        String key = "course-v1:MITx+Gone+2026";
        importRaw(admin, "POST", "/api/v1/import/" + key + "?wait=true", archive(key));
        assertEquals(403, server.ta().delete("/api/v1/courses/" + key).statusCode());
        assertEquals(204, admin.delete("/api/v1/courses/MITx/Gone/2026").statusCode());
        assertEquals(404, admin.delete("/api/v1/courses/" + key).statusCode());
    }
}
