package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.bootstrap.testing.ServerPerTest;
import org.junit.jupiter.api.Test;

/**
 * A grading robot written for MarkUs today, through the jar's own wiring: a course, its roles, an
 * assignment, a group, files, collect and the zip the archive adapter writes. {@link
 * PostgresMarkusTodayEndToEndTest} runs it on PostgreSQL.
 */
class MarkusTodayEndToEndTest extends ServerPerTest {
    @Test
    void aTaOfTheCourseUploadsCollectsAndDownloads() throws IOException {
        MarkusClient admin = new MarkusClient(server.admin());
        long course = body(admin.query("POST", "courses", "name", "csc108", "display_name", "Intro")).get("id").asLong();
        for (String user : new String[] {"tess", "amy"}) {
            assertEquals(201, admin.query("POST", "users", "user_name", user, "type", "EndUser", "first_name", user,
                    "last_name", "T").statusCode());
        }
        admin.query("POST", "courses/" + course + "/roles", "user_name", "tess", "type", "Ta");
        admin.query("POST", "courses/" + course + "/roles", "user_name", "amy", "type", "Student");
        long tess = 0;
        for (var user : body(admin.query("GET", "users"))) {
            if (user.get("user_name").asText().equals("tess")) {
                tess = user.get("id").asLong();
            }
        }
        MarkusClient ta = new MarkusClient(server.client(token(tess)));

        long assignment = body(admin.json("POST", "courses/" + course + "/assignments",
                "{\"short_identifier\": \"A1\", \"due_date\": \"2026-10-01\"}")).get("id").asLong();
        String groups = "courses/" + course + "/assignments/" + assignment + "/groups";
        long group = body(admin.json("POST", groups, "{\"new_group_name\": \"g1\", \"members\": [\"amy\"]}"))
                .get("id").asLong();
        assertEquals(group, body(ta.query("GET", groups + "/group_ids_by_name")).get("g1").asLong());
        String files = groups + "/" + group + "/submission_files";
        assertEquals(201, ta.upload(files, "src/a.py", "print(1)".getBytes(StandardCharsets.UTF_8),
                "filename", "src/a.py").statusCode());
        assertEquals(201, ta.query("POST", files + "/create_folders", "folder_path", "docs").statusCode());
        assertEquals(201, ta.query("POST", groups + "/" + group + "/collect_submission").statusCode());
        assertEquals(Map.of("src/a.py", "print(1)", "docs/.gitkeep", ""),
                unzip(ta.query("GET", files, "collected", "True").body()));
        assertEquals(200, ta.query("DELETE", files + "/remove_folder", "folder_path", "docs").statusCode());
        assertEquals(Map.of("src/a.py", "print(1)"), unzip(ta.query("GET", files).body()));

        String group1 = groups + "/" + group;
        assertEquals(201, ta.json("POST", group1 + "/add_test_run", """
                {"test_results": {"status": "finished", "error": null, "test_groups": [{"time": 9,
                  "extra_info": {"name": "unit", "test_group_id": 1},
                  "tests": [{"name": "t1", "status": "pass", "marks_earned": 1, "marks_total": 1, "output": "ok", "time": 2}],
                  "feedback": [{"filename": "log.txt", "mime_type": "text/plain", "content": "all good"}]}]}}
                """).statusCode());
        var row = body(ta.query("GET", group1 + "/test_results")).get("unit").get(0);
        assertEquals("t1", row.get("test_result_name").asText());
        assertEquals("g1", row.get("group_name").asText());
        assertEquals("log.txt", body(ta.query("GET", group1 + "/test_runs")).get(0).get("test_group_results").get(0)
                .get("feedback_files").get(0).get("filename").asText());
    }

    @Test
    void olderUsersAreRolesInTheDefaultCourseAndReadBackTheirType() {
        MarkusClient admin = new MarkusClient(server.admin());
        assertEquals(201, admin.query("POST", "users", "user_name", "olga", "type", "ta", "first_name", "O",
                "last_name", "T").statusCode());
        assertEquals(201, admin.query("POST", "users", "user_name", "max", "type", "AdminUser", "first_name", "M",
                "last_name", "A").statusCode());
        Map<String, String> types = new LinkedHashMap<>();
        body(admin.query("GET", "users")).forEach(u -> types.put(u.get("user_name").asText(), u.get("type").asText()));
        assertEquals("ta", types.get("olga"));
        assertEquals("AdminUser", types.get("max"));
        Map<String, String> roles = new LinkedHashMap<>();
        body(admin.query("GET", "courses/0/roles")).forEach(r -> roles.put(r.get("user_name").asText(),
                r.get("type").asText()));
        assertEquals(Map.of("olga", "Ta"), roles);
    }

    private String token(long user) {
        HttpResponse<String> issued = server.admin().send(server.admin().request("/api/v1/users/" + user + "/token.json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        return MarkusClient.parse(issued.body().getBytes(StandardCharsets.UTF_8)).get("token").asText();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
