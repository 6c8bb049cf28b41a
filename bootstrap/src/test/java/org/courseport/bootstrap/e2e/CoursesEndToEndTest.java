package org.courseport.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.application.fixtures.TarGz;
import org.courseport.bootstrap.testing.RunningServer;
import org.courseport.domain.course.ArchiveLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Course import and export through the jar's wiring: real archives, H2 on disk, blobs on disk, a real
 * client. {@link PostgresCoursesEndToEndTest} runs the same on PostgreSQL, blobs in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoursesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Small limits, so each can be crossed by an archive made in the test. */
    private static final ArchiveLimits LIMITS = new ArchiveLimits(8_000_000, 5_000_000, 50, 1_000_000, 200);
    private static final int KB = 1024;

    @TempDir
    static Path data;
    private RunningServer server;
    private ApiClient admin;

    /** The server under test, on the embedded store. */
    protected RunningServer startServer(Path data, ArchiveLimits limits) {
        return RunningServer.embedded(data, limits);
    }

    @BeforeAll
    void start() {
        server = startServer(data, LIMITS);
        admin = server.admin();
    }

    @AfterAll
    void stop() {
        if (server != null) { // null when the store was unavailable and the tests skipped
            server.close();
        }
    }

    private static OlxCourse course(String course) {
        return OlxCourse.of("MITx", course, "2026_Fall").put("static/video.mp4", OlxCourse.binary(300 * KB))
                .put("static/ünïcödé name.txt", "text\n").put("about/overview.html", "<p>About</p>\n");
    }

    private HttpResponse<String> importRaw(String key, byte[] archive, String query) {
        return admin.send(admin.request("/api/v1/import/" + key + query).header("Content-Type", "application/gzip")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
    }

    private HttpResponse<String> importForm(String key, byte[] archive, String query) {
        String boundary = "courseport-" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"course_data\"; filename=\"course.tar.gz\"\r\n"
                + "Content-Type: application/gzip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(archive);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return admin.send(admin.request("/api/v1/import/" + key + query)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
    }

    private HttpResponse<byte[]> export(String key, String query) {
        return admin.send(admin.request("/api/v1/export/" + key + query).header("Accept", "application/x-tgz").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unpack(byte[] tarGz) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(tarGz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                files.put(entry.getName(), tar.readAllBytes());
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @ParameterizedTest(name = "{0} key, {1} body")
    @CsvSource({"new, raw", "old, raw", "new, multipart", "old, multipart"})
    void aCourseComesBackByteForByte(String keyForm, String bodyForm) throws IOException {
        String number = "RT-" + keyForm + "-" + bodyForm;
        String key = keyForm.equals("new") ? "course-v1:MITx+" + number + "+2026_Fall" : "MITx/" + number + "/2026_Fall";
        OlxCourse course = course(number);
        byte[] archive = TarGz.archive().directory("course").course(course, "course").bytes();
        HttpResponse<String> imported = bodyForm.equals("raw") ? importRaw(key, archive, "?wait=true")
                : importForm(key, archive, "?wait=true");
        assertEquals(201, imported.statusCode(), imported.body());

        HttpResponse<byte[]> exported = export(key, "");
        assertEquals(200, exported.statusCode());
        assertSameFiles(course.files(), unpack(exported.body()));
        JsonNode shown = json(admin.get("/api/v1/courses/" + key, "application/json"));
        assertEquals("course-v1:MITx+" + number + "+2026_Fall", shown.get("course_key").asText());
        assertEquals("Circuits and Electronics", shown.get("display_name").asText());
        JsonNode unit = shown.get("outline").get("children").get(0).get("children").get(0).get("children").get(0);
        assertEquals("Unit 1", unit.get("display_name").asText());
        assertEquals("Introduction", unit.get("children").get(0).get("display_name").asText());
    }

    @Test
    void versionsComeAndStayAsTheyWere() throws IOException {
        String key = "course-v1:MITx+Versions+2026_Fall";
        OlxCourse first = course("Versions");
        assertEquals(201, importRaw(key, first.tarGz(), "?wait=true").statusCode());
        HttpResponse<byte[]> v1 = export(key, "");
        String etag1 = v1.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> same = importRaw(key, TarGz.archive().course(first, "other-folder").bytes(), "?wait=true");
        assertEquals(200, same.statusCode(), same.body());
        assertEquals(1, json(same).get("version").asInt());

        HttpResponse<byte[]> unchanged = admin.send(admin.request("/api/v1/export/" + key).header("If-None-Match", etag1).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, unchanged.statusCode());

        OlxCourse second = course("Versions").put("static/new.txt", "new\n");
        assertEquals(201, importRaw(key, second.tarGz(), "?wait=true").statusCode());
        HttpResponse<byte[]> v2 = export(key, "");
        assertNotEquals(etag1, v2.headers().firstValue("ETag").orElseThrow());
        assertSameFiles(second.files(), unpack(v2.body()));

        HttpResponse<byte[]> v1Again = export(key, "?version=1");
        assertArrayEquals(v1.body(), v1Again.body(), "the same manifest gives the same bytes");
        assertEquals(etag1, v1Again.headers().firstValue("ETag").orElseThrow());
        assertEquals(2, json(admin.get("/api/v1/courses/" + key, "application/json")).get("versions").size());
    }

    @Test
    void aFailedImportLeavesThePreviousVersionCurrentAndExportable() throws IOException {
        String key = "course-v1:MITx+Failing+2026_Fall";
        OlxCourse good = course("Failing");
        importRaw(key, good.tarGz(), "?wait=true");
        byte[] before = export(key, "").body();

        byte[] broken = TarGz.archive().course(course("Failing").put("static/new.txt", "x"), null)
                .file("static/../../escape.txt", "x").bytes();
        assertEquals(422, importRaw(key, broken, "?wait=true").statusCode());
        byte[] notACourse = Arrays.copyOf(course("Failing").put("static/more.bin", OlxCourse.binary(200 * KB)).tarGz(), 100 * KB);
        assertEquals(422, importRaw(key, notACourse, "").statusCode());

        assertEquals(1, json(admin.get("/api/v1/courses/" + key, "application/json")).get("current_version").asInt());
        assertArrayEquals(before, export(key, "").body());
    }

    @Test
    void withoutWaitTheJobTellsHowItWent() throws Exception {
        String key = "course-v1:MITx+Async+2026_Fall";
        HttpResponse<String> accepted = importRaw(key, course("Async").put("vertical/unit1.xml",
                "<vertical><flux url_name=\"f\"/></vertical>").tarGz(), "");
        assertEquals(202, accepted.statusCode(), accepted.body());
        String job = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode state = null;
        for (int i = 0; i < 200; i++) {
            state = json(admin.get(job.substring(job.indexOf("/api")), "application/json"));
            if (state.get("state").asText().equals("succeeded")) {
                break;
            }
            Thread.sleep(25);
        }
        assertEquals("succeeded", state.get("state").asText(), state.toString());
        assertEquals(1, state.get("version").asInt());
        assertTrue(state.get("bytes_read").asLong() > 0);
        assertEquals(course("Async").files().size(), state.get("entries_read").asInt());
        assertTrue(state.get("warnings").toString().contains("unknown component kind 'flux'"), state.toString());
    }

    private static Arguments refusal(String name, byte[] archive, int status, String... phrases) {
        return Arguments.of(name, archive, status, java.util.List.of(phrases));
    }

    static Stream<Arguments> refusals() throws IOException {
        OlxCourse ok = OlxCourse.of("MITx", "Refused", "2026_Fall");
        TarGz tooMany = TarGz.archive().course(ok, null);
        for (int i = 0; i < 50; i++) {
            tooMany.file("static/f" + i + ".txt", "x");
        }
        TarGz tooMuch = TarGz.archive().course(ok, null);
        for (int i = 0; i < 6; i++) {
            tooMuch.file("static/part" + i + ".bin", OlxCourse.binary(900 * KB + i));
        }
        TarGz bomb = TarGz.archive().course(ok, null);
        for (int i = 0; i < 4; i++) {
            bomb.file("static/zeros" + i, new byte[900 * KB]);
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("course.xml"));
            out.write("<course/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = TarGz.archive().course(ok.put("static/big.bin", OlxCourse.binary(200 * KB)), null).bytes();
        return Stream.of(
                refusal("traversal", TarGz.archive().course(ok, null).file("static/../../../etc/x", "x").bytes(), 422,
                        "static/../../../etc/x", "traversal"),
                refusal("absolute path", TarGz.archive().course(ok, null).file("/etc/x", "x").bytes(), 422, "'/etc/x'", "absolute"),
                refusal("symlink", TarGz.archive().course(ok, null).symlink("static/s", "/etc/passwd").bytes(), 422,
                        "static/s", "symbolic link"),
                refusal("hard link", TarGz.archive().course(ok, null).hardlink("static/h", "/etc/passwd").bytes(), 422,
                        "static/h", "hard link"),
                refusal("device", TarGz.archive().course(ok, null).characterDevice("static/d").bytes(), 422, "static/d", "device"),
                refusal("too many entries", tooMany.bytes(), 413, "max-entries"),
                refusal("entry too large", TarGz.archive().course(ok, null).file("static/huge.bin",
                        OlxCourse.binary(1_100_000)).bytes(), 413, "static/huge.bin", "max-entry-bytes"),
                refusal("total too large", tooMuch.bytes(), 413, "max-unpacked-bytes"),
                refusal("ratio bomb", bomb.bytes(), 413, "static/zeros", "max-ratio"),
                refusal("not gzip", zip.toByteArray(), 422, "zip archive"),
                refusal("truncated", Arrays.copyOf(whole, whole.length / 2), 422, "truncated"),
                refusal("DOCTYPE", ok.put("chapter/week1.xml", "<!DOCTYPE chapter [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<chapter display_name=\"&x;\"/>").tarGz(), 422, "chapter/week1.xml", "DOCTYPE"),
                refusal("key mismatch", OlxCourse.of("Other", "Course", "Run").tarGz(), 422,
                        "course-v1:Other+Course+Run", "course-v1:MITx+Refused+2026_Fall"),
                refusal("no course", TarGz.archive().file("a/readme.txt", "hi").file("b/x", "x").bytes(), 422, "no course.xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalNamesTheEntryAndTheRuleAndTheServerStaysUp(String name, byte[] archive, int status,
            java.util.List<String> phrases) throws IOException {
        HttpResponse<String> refused = importRaw("course-v1:MITx+Refused+2026_Fall", archive, "?wait=true");
        assertEquals(status, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        String detail = json(refused).get("detail").asText();
        for (String phrase : phrases) {
            assertTrue(detail.contains(phrase), () -> "'" + phrase + "' not in: " + detail);
        }
        assertEquals(404, admin.get("/api/v1/courses/course-v1:MITx+Refused+2026_Fall", "application/json").statusCode());
        assertEquals(200, admin.get("/health").statusCode());
    }
}
