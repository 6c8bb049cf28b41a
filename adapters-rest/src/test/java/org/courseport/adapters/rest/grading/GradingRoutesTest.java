package org.courseport.adapters.rest.grading;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.GradingApiServer;
import org.courseport.adapters.rest.testing.Multipart;
import org.courseport.application.fixtures.ReadOnlyBlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every grading route and each refusal, through the JDK's HttpClient against a running server. */
class GradingRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static GradingApiServer server;
    private static ApiClient admin;
    private static ApiClient ta;

    @BeforeAll
    static void start() {
        server = new GradingApiServer();
        admin = server.admin();
        ta = server.ta();
        for (String name : List.of("alice", "bob", "carol", "dan", "erin", "fay", "gus", "hal", "ida", "jon")) {
            assertEquals(201, admin.postForm("/api/v1/users", fields("user_name", name, "type", "student",
                    "first_name", name, "last_name", "Student")).statusCode());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // --- assignments

    @Test
    void assignmentsAreCreatedReadListedAndUpdatedInXmlAndJson() throws Exception {
        HttpResponse<String> created = admin.send(admin.request("/api/v1/assignments")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(fields("short_identifier", "XA1",
                        "due_date", "2026-10-01", "description", "Lists", "group_max", "3", "enable_test", "true",
                        "course", "MITx/6.002x/2026_Fall")))));
        assertEquals(201, created.statusCode(), created.body());
        String xml = created.body();
        assertTrue(xml.contains("<assignment>"), xml);
        assertTrue(xml.contains("<short-identifier>XA1</short-identifier>"), xml);
        assertTrue(xml.contains("<due-date type=\"date\">2026-10-01</due-date>"), xml);
        assertTrue(xml.contains("<enable-test type=\"boolean\">true</enable-test>"), xml);
        assertTrue(xml.contains("<course>course-v1:MITx+6.002x+2026_Fall</course>"), xml);
        assertTrue(xml.contains("<remark-due-date nil=\"true\"/>"), xml);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api"));

        JsonNode one = json(admin.get(path, "application/json"));
        assertEquals("XA1", one.get("short_identifier").asText());
        assertEquals(3, one.get("group_max").asInt());
        assertEquals("rubric", one.get("marking_scheme_type").asText());

        HttpResponse<String> updated = admin.send(admin.request(path + ".json").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"message\":\"Good luck\",\"due_date\":\"2026-10-08\"}")));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Good luck", json(updated).get("message").asText());
        assertEquals("Lists", json(updated).get("description").asText());

        JsonNode listed = json(admin.get("/api/v1/assignments.json?filter=short_identifier:xa1&fields=id,due_date"));
        assertEquals(1, listed.size());
        assertEquals(List.of("id", "due_date"), names(listed.get(0)));
        assertEquals("2026-10-08", listed.get(0).get("due_date").asText());
        String csv = admin.get("/api/v1/assignments.csv?filter=short_identifier:XA1&fields=short_identifier,group_max").body();
        assertEquals("short_identifier,group_max\r\nXA1,3\r\n", csv);
        assertTrue(admin.get("/api/v1/assignments.json?limit=1").headers().firstValue("X-Total-Count").isPresent());
    }

    @Test
    void assignmentRefusals() throws Exception {
        assignment("1");
        String name = "A" + NAMES.get();
        HttpResponse<String> duplicate = admin.postForm("/api/v1/assignments.json",
                fields("short_identifier", name, "due_date", "2026-10-01"));
        assertProblem(duplicate, 409, "short identifier");
        assertProblem(admin.postForm("/api/v1/assignments.json", fields("short_identifier", "Bad1", "due_date", "1 Oct")),
                400, "due_date");
        assertProblem(admin.postForm("/api/v1/assignments.json", fields("short_identifier", "Bad2")), 400, "due_date");
        assertProblem(admin.postForm("/api/v1/assignments.json", fields("short_identifier", "Bad3",
                "due_date", "2026-10-01", "course", "not a course")), 400, "course");
        assertProblem(ta.postForm("/api/v1/assignments.json", fields("short_identifier", "Bad4", "due_date", "2026-10-01")),
                403, "ta");
        assertEquals(403, server.student().get("/api/v1/assignments").statusCode());
        assertProblem(admin.get("/api/v1/assignments/99999.json"), 404, "99999");
        assertTrue(admin.get("/api/v1/assignments/88888.json").body().contains("\"instance\":\"/api/v1/assignments/88888\""),
                "the problem names this request's path");
        assertProblem(admin.get("/api/v1/assignments.json?filter=description:x"), 400, "filter");
        HttpResponse<String> xmlProblem = admin.get("/api/v1/assignments/99999");
        assertEquals(404, xmlProblem.statusCode());
        assertTrue(xmlProblem.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+xml"));
    }

    // --- groups

    @Test
    void groupsNestTheirMembershipsWithTheUsers() throws Exception {
        long a = assignment("3");
        HttpResponse<String> created = admin.postForm("/api/v1/assignments/" + a + "/groups",
                fields("group_name", "g1", "members", "alice,bob"));
        assertEquals(201, created.statusCode(), created.body());
        String xml = created.body();
        assertTrue(xml.matches("(?s).*<group>.*<student-memberships type=\"array\">\\s*<student-membership>\\s*<id type=\"integer\">\\d+</id>"
                + "\\s*<membership-status>inviter</membership-status>\\s*<user>.*<user-name>alice</user-name>.*"
                + "<membership-status>accepted</membership-status>.*<user-name>bob</user-name>.*"), xml);
        String location = created.headers().firstValue("Location").orElseThrow();
        String group = location.substring(location.indexOf("/api"));

        HttpResponse<String> grown = admin.postForm(group + "/members.json", fields("members", "carol"));
        assertEquals(200, grown.statusCode(), grown.body());
        JsonNode memberships = json(grown).get("student_memberships");
        assertEquals(3, memberships.size());
        assertEquals("carol", memberships.get(2).get("user").get("user_name").asText());
        assertEquals("accepted", memberships.get(2).get("membership_status").asText());

        JsonNode listed = json(ta.get("/api/v1/assignments/" + a + "/groups.json?filter=group_name:G1"));
        assertEquals(1, listed.size());
        assertEquals(3, listed.get(0).get("student_memberships").size());
        assertEquals("g1", json(ta.get(group + ".json")).get("group_name").asText());
        String csv = ta.get("/api/v1/assignments/" + a + "/groups.csv?fields=group_name").body();
        assertEquals("group_name\r\ng1\r\n", csv);
    }

    @Test
    void groupRefusals() throws Exception {
        long a = assignment("2");
        String groups = "/api/v1/assignments/" + a + "/groups.json";
        assertEquals(201, admin.postForm(groups, fields("group_name", "g1", "members", "dan")).statusCode());
        assertProblem(admin.postForm(groups, fields("group_name", "g1", "members", "erin")), 409, "g1");
        assertProblem(admin.postForm(groups, fields("group_name", "g2", "members", "erin,fay,gus")), 400, "members");
        assertProblem(admin.postForm(groups, fields("group_name", "g2", "members", "ta1")), 400, "only students");
        assertProblem(admin.postForm(groups, fields("group_name", "g2", "members", "nobody")), 400, "nobody");
        assertProblem(admin.postForm(groups, fields("group_name", "g2", "members", "dan")), 409, "dan");
        assertProblem(admin.postForm(groups, fields("group_name", "bad name!", "members", "erin")), 400, "group_name");
        assertProblem(admin.postForm("/api/v1/assignments/99999/groups.json", fields("group_name", "g", "members", "erin")),
                404, "assignment");
        assertProblem(admin.get("/api/v1/assignments/" + a + "/groups/99999.json"), 404, "group");
        assertProblem(ta.postForm(groups, fields("group_name", "g3", "members", "erin")), 403, "ta");
        assertEquals(403, server.student().get(groups).statusCode());
    }

    // --- submissions

    @Test
    void filesAreUploadedCollectedAndDownloadedAsAZipOrOneByOne() throws Exception {
        String group = group("hal");
        byte[] binary = new byte[200_000];
        new java.util.Random(7).nextBytes(binary);
        Multipart multipart = new Multipart().field("filename", "src/Main.java").file("file_content", "Main.java",
                "class Main {}\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = ta.send(ta.request(group + "/submission_files.json")
                .header("Content-Type", multipart.contentType()).POST(multipart.publisher()));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals("src/Main.java", json(uploaded).get("filename").asText());
        HttpResponse<String> raw = ta.send(ta.request(group + "/submission_files?filename=data/blob.bin")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(binary)));
        assertEquals(201, raw.statusCode(), raw.body());
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "README.md",
                "file_content", "first")).statusCode());
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "README.md",
                "file_content", "# Lab\n")).statusCode());

        HttpResponse<String> collected = ta.postForm(group + "/collect.json", fields());
        assertEquals(201, collected.statusCode(), collected.body());
        assertEquals(3, json(collected).get("files").size());
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "late.txt",
                "file_content", "after the collect")).statusCode());

        HttpResponse<byte[]> zip = ta.send(ta.request(group + "/submission_downloads").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(zip.headers().firstValue("Content-Disposition").orElseThrow().contains(".zip\""));
        Map<String, byte[]> entries = unzip(zip.body());
        assertEquals(3, entries.size(), entries.keySet().toString());
        String folder = entries.keySet().iterator().next().split("/")[0];
        assertArrayEquals(binary, entries.get(folder + "/data/blob.bin"));
        assertEquals("# Lab\n", new String(entries.get(folder + "/README.md"), StandardCharsets.UTF_8));

        HttpResponse<String> one = ta.get(group + "/submission_downloads?filename=src/Main.java");
        assertEquals(200, one.statusCode());
        assertEquals("class Main {}\n", one.body());
        assertEquals("text/plain; charset=UTF-8", one.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"Main.java\"; filename*=UTF-8''Main.java",
                one.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("14", one.headers().firstValue("Content-Length").orElseThrow());
        assertProblem(ta.get(group + "/submission_downloads.json?filename=late.txt"), 404, "late.txt");

        HttpResponse<String> recollected = ta.postForm(group + "/collect.json", fields());
        assertEquals(4, json(recollected).get("files").size());
    }

    @Test
    void submissionRefusals() throws Exception {
        String group = group("ida");
        for (String bad : List.of("../../etc/passwd", "/etc/passwd", "a/../../b", "C:/x.txt", "a\\b")) {
            assertProblem(ta.postForm(group + "/submission_files.json", fields("filename", bad, "file_content", "x")),
                    400, "filename");
        }
        Multipart traversal = new Multipart().file("file_content", "../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));
        assertProblem(ta.send(ta.request(group + "/submission_files.json").header("Accept", "application/json")
                .header("Content-Type", traversal.contentType()).POST(traversal.publisher())), 400, "filename");
        assertProblem(ta.get(group + "/submission_downloads.json"), 409, "collect");
        assertProblem(ta.get(group + "/submission_downloads.json?filename=a.txt"), 409, "collect");
        assertProblem(ta.postForm(group.replaceFirst("/groups/\\d+", "/groups/99999") + "/collect.json", fields()),
                404, "group");
        assertEquals(403, server.student().postForm(group + "/collect", fields()).statusCode());
        assertEquals(403, server.student().get(group + "/submission_downloads").statusCode());
    }

    @Test
    void filesThatCouldNotBeUnpackedTogetherAre409NamingBoth() throws Exception {
        String group = group("hal");
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "src/main.py", "file_content", "1"))
                .statusCode());
        assertProblem(ta.postForm(group + "/submission_files.json", fields("filename", "src/main.py/x", "file_content", "x")),
                409, "'src/main.py'");
        assertProblem(ta.send(ta.request(group + "/submission_files.json?filename=src")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString("x"))),
                409, "'src'");
        assertProblem(ta.postForm(group + "/submission_files.json", fields("filename", "SRC/Main.py", "file_content", "x")),
                409, "'src/main.py'");
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "src/main.py", "file_content", "2"))
                .statusCode(), "the same path replaces the file");
    }

    @Test
    void namesThatWouldNotSurviveUnpackingAre400NotStripped() throws Exception {
        String group = group("hal");
        for (String bad : List.of(" main.py", "main.py ", "src /main.py", "a\u202Egnp.exe", "b\u2066c", "x/" + "é".repeat(128))) {
            assertProblem(ta.postForm(group + "/submission_files.json", fields("filename", bad, "file_content", "x")),
                    400, "filename");
        }
        HttpResponse<String> longest = ta.postForm(group + "/submission_files.json",
                fields("filename", "x/" + "é".repeat(127) + "a", "file_content", "x"));
        assertEquals(201, longest.statusCode(), longest.body());
        Multipart padded = new Multipart().file("file_content", "main.py ", "x".getBytes(StandardCharsets.UTF_8));
        assertProblem(ta.send(ta.request(group + "/submission_files.json").header("Accept", "application/json")
                .header("Content-Type", padded.contentType()).POST(padded.publisher())), 400, "space");

        String collected = collectedGroup("hal");
        assertProblem(ta.postForm(collected + "/test_results.json", fields("filename", "r.txt ", "file_content", "x")),
                400, "space");
        assertProblem(ta.postForm(collected + "/test_results.json", fields("filename", "../r.txt", "file_content", "x")),
                400, "filename");
        assertProblem(admin.postForm("/api/v1/assignments.json", fields("short_identifier", "A" + NAMES.incrementAndGet(),
                "due_date", "2026-10-01", "repository_folder", " a1")), 400, "repository_folder");
    }

    @Test
    void aBlobStoreThatCannotWriteIs500WithAReferenceAndNoServerPath() throws Exception {
        try (GradingApiServer readOnly = new GradingApiServer(new ReadOnlyBlobStore())) {
            ApiClient readOnlyAdmin = readOnly.admin();
            assertEquals(201, readOnlyAdmin.postForm("/api/v1/users", fields("user_name", "kim", "type", "student",
                    "first_name", "Kim", "last_name", "Student")).statusCode());
            HttpResponse<String> created = readOnlyAdmin.postForm("/api/v1/assignments.json",
                    fields("short_identifier", "A1", "due_date", "2026-10-01"));
            String group = "/api/v1/assignments/" + json(created).get("id").asLong() + "/groups";
            String location = readOnlyAdmin.postForm(group, fields("group_name", "g1", "members", "kim"))
                    .headers().firstValue("Location").orElseThrow();
            String files = location.substring(location.indexOf("/api")) + "/submission_files";
            Multipart upload = new Multipart().file("file_content", "main.py", "x".getBytes(StandardCharsets.UTF_8));
            for (HttpResponse<String> failed : List.of(
                    readOnlyAdmin.postForm(files + ".json", fields("filename", "a.txt", "file_content", "x")),
                    readOnlyAdmin.send(readOnlyAdmin.request(files + ".json?filename=b.bin")
                            .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString("x"))),
                    readOnlyAdmin.send(readOnlyAdmin.request(files).header("Content-Type", upload.contentType())
                            .POST(upload.publisher())))) {
                assertProblem(failed, 500, "reference");
                assertFalse(failed.body().contains("/srv"), failed.body());
                assertFalse(failed.body().contains("Read-only"), failed.body());
            }
        }
    }

    @Test
    void aSubmissionFileOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String group = group("jon");
        byte[] tooLarge = new byte[(int) GradingApiServer.MAX_SUBMISSION_FILE_BYTES + 1];
        assertProblem(ta.send(ta.request(group + "/submission_files.json?filename=big.bin")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge))), 413, "max-submission-file-bytes");
        HttpResponse<String> chunked = ta.send(ta.request(group + "/submission_files.json?filename=big.bin")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge))));
        assertProblem(chunked, 413, "max-submission-file-bytes");
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "ok.txt", "file_content", "ok"))
                .statusCode());
        assertEquals(201, ta.postForm(group + "/collect", fields()).statusCode());
        assertProblem(ta.get(group + "/submission_downloads.json?filename=big.bin"), 404, "big.bin");
    }

    // --- test results

    @Test
    void testResultsAreCreatedReplacedByFilenameListedReadAndDeleted() throws Exception {
        String group = collectedGroup("jon");
        String results = group + "/test_results";
        HttpResponse<String> created = ta.postJson(results, "{\"filename\":\"out.json\",\"file_content\":\"{\\\"passed\\\":1}\"}");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        String one = location.substring(location.indexOf("/api"));
        HttpResponse<String> replaced = ta.postForm(results + ".xml", fields("filename", "out.json", "file_content", "{\"passed\":2}"));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(replaced.body().contains("<file-content>{\"passed\":2}</file-content>"), replaced.body());
        Multipart part = new Multipart().file("file_content", "log.txt", "all good ✓\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = ta.send(ta.request(results + ".json")
                .header("Content-Type", part.contentType()).POST(part.publisher()));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals("all good ✓\n", json(uploaded).get("file_content").asText());

        JsonNode listed = json(ta.get(results + ".json?sort=filename&fields=filename"));
        assertEquals(List.of("log.txt", "out.json"), List.of(listed.get(0).get("filename").asText(),
                listed.get(1).get("filename").asText()));
        assertTrue(ta.get(results).body().contains("<test-results type=\"array\">"));
        assertEquals("{\"passed\":2}", json(ta.get(one + ".json")).get("file_content").asText());

        HttpResponse<String> put = ta.putForm(one + ".json", fields("file_content", "{\"passed\":3}"));
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("out.json", json(put).get("filename").asText());
        assertEquals(204, ta.delete(one).statusCode());
        assertEquals(404, ta.get(one).statusCode());
        assertEquals("filename\r\nlog.txt\r\n", ta.get(results + ".csv?fields=filename").body());
    }

    @Test
    void theShortcutNamesAssignmentAndGroup() throws Exception {
        String name = "A" + NAMES.incrementAndGet();
        long a = json(admin.postForm("/api/v1/assignments.json", fields("short_identifier", name, "due_date", "2026-10-01")))
                .get("id").asLong();
        String group = admin.postForm("/api/v1/assignments/" + a + "/groups", fields("group_name", "team", "members", "gus"))
                .headers().firstValue("Location").orElseThrow();
        String groupPath = group.substring(group.indexOf("/api"));
        assertProblem(ta.postForm("/api/v1/test_results.json", fields("assignment", name, "group_name", "team",
                "filename", "r.txt", "file_content", "x")), 409, "collect");
        ta.postForm(groupPath + "/collect", fields());
        HttpResponse<String> posted = ta.postForm("/api/test_results", fields("assignment", name, "group_name", "team",
                "filename", "r.txt", "file_content", "3/4 passed"));
        assertEquals(201, posted.statusCode(), posted.body());
        assertTrue(posted.headers().firstValue("Location").orElseThrow().contains(groupPath + "/test_results/"));
        assertEquals("3/4 passed", json(ta.get(groupPath + "/test_results.json")).get(0).get("file_content").asText());
        assertProblem(ta.postForm("/api/v1/test_results.json", fields("assignment", "NoSuch", "group_name", "team",
                "filename", "r.txt", "file_content", "x")), 404, "NoSuch");
        assertProblem(ta.postForm("/api/v1/test_results.json", fields("assignment", name, "group_name", "nosuch",
                "filename", "r.txt", "file_content", "x")), 404, "nosuch");
    }

    @Test
    void testResultRefusals() throws Exception {
        String uncollected = group("fay");
        assertProblem(ta.postForm(uncollected + "/test_results.json", fields("filename", "r.txt", "file_content", "x")),
                409, "collect");
        assertProblem(ta.get(uncollected + "/test_results.json"), 409, "collect");

        String group = collectedGroup("erin");
        Multipart binary = new Multipart().file("file_content", "core.bin", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 'x'});
        assertProblem(ta.send(ta.request(group + "/test_results.json").header("Content-Type", binary.contentType())
                .POST(binary.publisher())), 422, "UTF-8");
        assertProblem(ta.send(ta.request(group + "/test_results.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("filename=r.bin&file_content=%00%FF%01"))), 422, "text");
        assertProblem(ta.postForm(group + "/test_results.json", fields("file_content", "x")), 400, "filename");
        assertProblem(ta.get(group + "/test_results/99999.json"), 404, "99999");
        assertEquals(403, server.student().postForm(group + "/test_results", fields("filename", "r", "file_content", "x"))
                .statusCode());
        HttpResponse<String> xml = ta.postForm(group + "/test_results", fields("filename", "r", "file_content", "a\u0000"));
        assertEquals(422, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+xml"));
    }

    // --- helpers

    /** A new assignment with the given group_max; its id. */
    private static long assignment(String groupMax) throws Exception {
        HttpResponse<String> created = admin.postForm("/api/v1/assignments.json",
                fields("short_identifier", "A" + NAMES.incrementAndGet(), "due_date", "2026-10-01", "group_max", groupMax));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).get("id").asLong();
    }

    /** A group of one student in a new assignment; its path. */
    private static String group(String student) throws Exception {
        HttpResponse<String> created = admin.postForm("/api/v1/assignments/" + assignment("1") + "/groups",
                fields("group_name", "g-" + student, "members", student));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/api"));
    }

    private static String collectedGroup(String student) throws Exception {
        String group = group(student);
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "a.txt", "file_content", "a")).statusCode());
        assertEquals(201, ta.postForm(group + "/collect", fields()).statusCode());
        return group;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.contains(detailPart), "expected '" + detailPart + "' in " + body);
        assertFalse(body.contains("Exception"), body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode row) {
        List<String> names = new java.util.ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
