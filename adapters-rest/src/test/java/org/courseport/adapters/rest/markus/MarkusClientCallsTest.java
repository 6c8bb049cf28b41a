package org.courseport.adapters.rest.markus;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.adapters.rest.testing.MarkusWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each call of MarkUs's current Python client that this issue serves, replayed through the JDK's
 * HttpClient against a running server with its parameters where the client puts them, checked for
 * the status and shape the client expects.
 */
class MarkusClientCallsTest {
    private static MarkusWorld world;
    private static MarkusClient admin;

    @BeforeAll
    static void start() {
        world = new MarkusWorld();
        admin = world.admin;
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void coursesAreListedAndMade() {
        JsonNode courses = body(admin.query("GET", "courses"));
        List<String> names = new ArrayList<>();
        courses.forEach(c -> names.add(c.get("name").asText()));
        assertEquals(List.of("default", "csc108", "mat137"), names);
        JsonNode csc = courses.get(1);
        assertEquals(world.csc, csc.get("id").asLong());
        assertEquals("CSC108", csc.get("display_name").asText());
        assertEquals(false, csc.get("is_hidden").asBoolean());
        assertTrue(csc.has("start_at") && csc.has("end_at"));

        HttpResponse<byte[]> hidden = admin.query("POST", "courses", "name", "hid1", "display_name", "H", "is_hidden", "TRUE");
        assertEquals(200, hidden.statusCode());
        assertEquals("200", body(hidden).get("code").asText());
        HttpResponse<byte[]> taken = admin.query("POST", "courses", "name", "csc108", "display_name", "again");
        assertEquals(409, taken.statusCode());
        assertTrue(body(taken).has("detail"));
        assertEquals(400, admin.query("POST", "courses", "name", "bad name", "display_name", "x").statusCode());
        assertEquals(List.of("csc108"), names(body(world.as("stu1").query("GET", "courses")), "name"));
    }

    @Test
    void usersAreListedAndMadeWithMarkUsTypes() {
        HttpResponse<byte[]> made = admin.query("POST", "users", "user_name", "newbie", "type", "EndUser",
                "first_name", "New", "last_name", "Bie");
        assertEquals(201, made.statusCode());
        assertEquals(409, admin.query("POST", "users", "user_name", "newbie", "type", "EndUser",
                "first_name", "New", "last_name", "Bie").statusCode());
        assertEquals(400, admin.query("POST", "users", "user_name", "x1", "type", "Wizard",
                "first_name", "X", "last_name", "Y").statusCode());
        JsonNode users = body(admin.query("GET", "users"));
        JsonNode newbie = null;
        for (JsonNode user : users) {
            if (user.get("user_name").asText().equals("newbie")) {
                newbie = user;
            }
        }
        assertEquals("New", newbie.get("first_name").asText());
        assertTrue(newbie.has("id") && newbie.has("email") && newbie.has("type") && newbie.has("last_name"));
    }

    @Test
    void usersReadBackTheTypeTheyWereMadeWith() {
        world.user("boss", "AdminUser");
        world.user("plain", "EndUser");
        world.user("oldta", "ta");
        Map<String, String> types = new LinkedHashMap<>();
        body(admin.query("GET", "users")).forEach(u -> types.put(u.get("user_name").asText(), u.get("type").asText()));
        assertEquals("AdminUser", types.get("boss"));
        assertEquals("EndUser", types.get("plain"));
        assertEquals("ta", types.get("oldta"));
        assertEquals("admin", types.get("admin"));
        assertEquals(200, world.as("boss").query("GET", "courses/" + world.mat + "/roles").statusCode(),
                "an AdminUser is a global admin");
        assertEquals(403, world.as("plain").query("GET", "users").statusCode(), "an EndUser holds no global power");
    }

    @Test
    void anOlderTaOrStudentIsThatInTheDefaultCourse() {
        ApiClient older = world.server.admin();
        HttpResponse<String> made = older.postForm("/api/users.json", ApiClient.fields("user_name", "olds",
                "type", "student", "first_name", "O", "last_name", "S", "section_name", "LEC7", "grace_credits", "2"));
        assertEquals(201, made.statusCode(), made.body());
        long id = MarkusClient.parse(made.body().getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        assertEquals("Student 2", defaultRole("olds"));
        assertEquals(List.of("LEC7"), names(body(admin.query("GET", "courses/0/sections")), "name"));
        assertEquals(200, older.putForm("/api/users/" + id + ".json", ApiClient.fields("type", "ta")).statusCode());
        assertEquals("Ta 2", defaultRole("olds"));
        assertEquals(200, older.putForm("/api/users/" + id + ".json", ApiClient.fields("type", "admin")).statusCode());
        assertEquals(null, defaultRole("olds"));
        assertEquals(200, older.putForm("/api/users/" + id + ".json", ApiClient.fields("type", "student")).statusCode());
        assertEquals("Student 2", defaultRole("olds"));
        assertEquals(204, older.delete("/api/users/" + id + ".json").statusCode());
        assertEquals(null, defaultRole("olds"));
    }

    /** The user's role in the default course as {@code type credits}, or null. */
    private static String defaultRole(String user) {
        String found = null;
        for (JsonNode role : body(admin.query("GET", "courses/0/roles"))) {
            if (role.get("user_name").asText().equals(user)) {
                found = role.get("type").asText() + " " + role.get("grace_credits").asInt();
            }
        }
        return found;
    }

    @Test
    void rolesAndSectionsBelongToTheirCourse() {
        assertEquals(201, admin.json("POST", "courses/" + world.csc + "/sections", "{\"name\": \"LEC0101\"}").statusCode());
        assertEquals(201, admin.query("POST", "courses/" + world.csc + "/sections", "section[name]", "LEC0201").statusCode());
        assertEquals(409, admin.query("POST", "courses/" + world.csc + "/sections", "section[name]", "LEC0201").statusCode());
        assertEquals(List.of("LEC0101", "LEC0201"), names(body(admin.query("GET", "courses/" + world.csc + "/sections")), "name"));

        world.user("sec1");
        HttpResponse<byte[]> made = admin.query("POST", "courses/" + world.csc + "/roles", "user_name", "sec1",
                "type", "Student", "section_name", "LEC0101", "grace_credits", "2", "hidden", "False");
        assertEquals(201, made.statusCode(), new String(made.body(), StandardCharsets.UTF_8));
        assertEquals("201", body(made).get("code").asText());
        JsonNode sec1 = null;
        for (JsonNode role : body(admin.query("GET", "courses/" + world.csc + "/roles"))) {
            if (role.get("user_name").asText().equals("sec1")) {
                sec1 = role;
            }
        }
        assertEquals(body(made).get("id").asLong(), sec1.get("id").asLong());
        assertEquals("Student", sec1.get("type").asText());
        assertEquals(2, sec1.get("grace_credits").asInt());
        assertEquals(false, sec1.get("hidden").asBoolean());
        assertTrue(sec1.has("email") && sec1.has("id_number") && sec1.has("first_name") && sec1.has("last_name"));

        assertEquals(409, admin.query("POST", "courses/" + world.csc + "/roles", "user_name", "sec1", "type", "Ta").statusCode());
        assertEquals(400, admin.query("POST", "courses/" + world.mat + "/roles", "user_name", "sec1", "type", "Student",
                "section_name", "LEC0101").statusCode());
        assertEquals(400, admin.query("POST", "courses/" + world.mat + "/roles", "user_name", "sec1", "type", "student")
                .statusCode());
        assertEquals(400, admin.query("POST", "courses/" + world.mat + "/roles", "user_name", "ghost", "type", "Ta")
                .statusCode());
        assertEquals(404, admin.query("GET", "courses/999/roles").statusCode());
    }

    @Test
    void assignmentsGroupsFilesAndCollectFollowTheClient() throws IOException {
        MarkusClient inst = world.as("inst");
        MarkusClient ta = world.as("ta1");
        String course = "courses/" + world.csc;
        HttpResponse<byte[]> made = inst.json("POST", course + "/assignments",
                "{\"short_identifier\": \"A1\", \"description\": \"Lists\", \"due_date\": \"2026-10-01\", \"group_max\": 2}");
        assertEquals(201, made.statusCode(), new String(made.body(), StandardCharsets.UTF_8));
        long a1 = body(made).get("id").asLong();
        JsonNode assignment = null;
        for (JsonNode listed : body(world.as("stu1").query("GET", course + "/assignments"))) {
            if (listed.get("id").asLong() == a1) {
                assignment = listed;
            }
        }
        assertEquals("A1", assignment.get("short_identifier").asText());
        assertEquals("2026-10-01", assignment.get("due_date").asText());
        assertEquals(2, assignment.get("group_max").asInt());
        for (String key : List.of("message", "is_hidden", "visible_on", "repository_folder", "tokens_per_period",
                "allow_web_submits", "enable_test", "starter_file_type", "default_starter_file_group_id")) {
            assertTrue(assignment.has(key), key);
        }
        assertEquals(409, admin.json("POST", "courses/" + world.mat + "/assignments",
                "{\"short_identifier\": \"A1\", \"due_date\": \"2026-10-01\"}").statusCode());

        String groups = course + "/assignments/" + a1 + "/groups";
        HttpResponse<byte[]> group = inst.json("POST", groups, "{\"new_group_name\": \"g1\", \"members\": [\"stu1\", \"stu2\"]}");
        assertEquals(200, group.statusCode(), new String(group.body(), StandardCharsets.UTF_8));
        long g1 = body(group).get("id").asLong();
        assertEquals("g1", body(group).get("group_name").asText());
        assertEquals(world.csc, body(group).get("course_id").asLong());
        assertTrue(body(group).has("repo_name") && body(group).has("created_at"));
        inst.json("POST", groups, "{\"new_group_name\": \"g2\", \"members\": [\"stu3\"]}");

        JsonNode listed = body(ta.query("GET", groups));
        assertEquals(List.of("g1", "g2"), names(listed, "group_name"));
        JsonNode members = listed.get(0).get("members");
        assertEquals("inviter", members.get(0).get("membership_status").asText());
        assertEquals("accepted", members.get(1).get("membership_status").asText());
        assertTrue(members.get(0).get("role_id").asLong() > 0);
        assertEquals(Map.of("g1", g1, "g2", listed.get(1).get("id").asLong()),
                longs(body(ta.query("GET", groups + "/group_ids_by_name"))));
        JsonNode one = body(ta.query("GET", groups + "/" + g1));
        assertEquals(1, one.size());
        assertEquals("g1", one.get(0).get("group_name").asText());

        String files = groups + "/" + g1 + "/submission_files";
        HttpResponse<byte[]> upload = ta.upload(files, "src/main.py", "print(1)\n".getBytes(StandardCharsets.UTF_8),
                "filename", "src/main.py", "mime_type", "text/x-python");
        assertEquals(201, upload.statusCode(), new String(upload.body(), StandardCharsets.UTF_8));
        assertEquals("201", body(upload).get("code").asText());
        assertEquals(201, ta.query("POST", files + "/create_folders", "folder_path", "docs").statusCode());
        assertEquals(409, ta.query("POST", files + "/create_folders", "folder_path", "docs").statusCode());

        HttpResponse<byte[]> latest = ta.query("GET", files);
        assertEquals(200, latest.statusCode());
        assertEquals(Map.of("src/main.py", "print(1)\n", "docs/.gitkeep", ""), unzip(latest.body()));
        HttpResponse<byte[]> notCollected = ta.query("GET", files, "collected", "True");
        assertEquals(404, notCollected.statusCode());
        assertTrue(body(notCollected).get("detail").asText().startsWith("No submission exists"));

        HttpResponse<byte[]> collected = ta.query("POST", groups + "/" + g1 + "/collect_submission",
                "collect_current", "True", "apply_late_penalty", "False");
        assertEquals(201, collected.statusCode());
        assertEquals("201", body(collected).get("code").asText());
        assertEquals(201, ta.upload(files, "late.txt", "late".getBytes(StandardCharsets.UTF_8), "filename", "late.txt")
                .statusCode());

        assertEquals(Map.of("src/main.py", "print(1)\n", "docs/.gitkeep", ""),
                unzip(ta.query("GET", files, "collected", "True").body()));
        HttpResponse<byte[]> one1 = ta.query("GET", files, "collected", "True", "filename", "src/main.py");
        assertEquals(200, one1.statusCode());
        assertArrayEquals("print(1)\n".getBytes(StandardCharsets.UTF_8), one1.body());
        assertArrayEquals("late".getBytes(StandardCharsets.UTF_8), ta.query("GET", files, "filename", "late.txt").body());
        HttpResponse<byte[]> missing = ta.query("GET", files, "collected", "True", "filename", "late.txt");
        assertEquals(422, missing.statusCode());
        assertTrue(body(missing).has("detail"));

        assertEquals(200, ta.query("DELETE", files + "/remove_file", "filename", "src/main.py").statusCode());
        assertEquals(404, ta.query("DELETE", files + "/remove_file", "filename", "src/main.py").statusCode());
        assertEquals(200, ta.query("DELETE", files + "/remove_folder", "folder_path", "docs").statusCode());
        HttpResponse<byte[]> gone = ta.query("DELETE", files + "/remove_folder", "folder_path", "docs");
        assertEquals(404, gone.statusCode());
        assertTrue(body(gone).has("detail"));
        assertEquals(Map.of("late.txt", "late"), unzip(ta.query("GET", files).body()));
    }

    @Test
    void feedbackFilesAreUploadedListedReadAndReplacedAsTheClientDoes() {
        MarkusClient ta = world.as("ta1");
        String course = "courses/" + world.csc;
        long a = body(world.admin.json("POST", course + "/assignments",
                "{\"short_identifier\": \"FB1\", \"due_date\": \"2026-10-01\"}")).get("id").asLong();
        String groups = course + "/assignments/" + a + "/groups";
        long g = body(world.admin.json("POST", groups, "{\"new_group_name\": \"fb\", \"members\": [\"stu4\"]}"))
                .get("id").asLong();
        String feedback = groups + "/" + g + "/feedback_files";
        HttpResponse<byte[]> uncollected = ta.query("GET", feedback);
        assertEquals(404, uncollected.statusCode());
        assertTrue(body(uncollected).get("detail").asText().startsWith("No submission exists"));
        ta.query("POST", groups + "/" + g + "/collect_submission");

        // upload_feedback_file(..., overwrite=True): the list first, then POST as nothing has the title
        assertEquals(0, body(ta.query("GET", feedback)).size());
        HttpResponse<byte[]> made = ta.upload(feedback, "report.html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8),
                "filename", "report.html", "mime_type", "text/html");
        assertEquals(201, made.statusCode(), new String(made.body(), StandardCharsets.UTF_8));
        JsonNode listed = body(ta.query("GET", feedback));
        assertEquals("report.html", listed.get(0).get("filename").asText());
        long id = listed.get(0).get("id").asLong();
        HttpResponse<byte[]> read = ta.query("GET", feedback + "/" + id);
        assertEquals("<p>ok</p>", new String(read.body(), StandardCharsets.UTF_8));
        assertEquals("text/html", read.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(409, ta.upload(feedback, "report.html", new byte[] {1}, "filename", "report.html").statusCode());

        // ... and PUT once the list has it: new bytes and name, the media type kept
        HttpResponse<byte[]> replaced = ta.upload("PUT", feedback + "/" + id, "report2.html",
                "<p>better</p>".getBytes(StandardCharsets.UTF_8), "filename", "report2.html", "mime_type", "text/plain");
        assertEquals(200, replaced.statusCode(), new String(replaced.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> reread = ta.query("GET", feedback + "/" + id);
        assertEquals("<p>better</p>", new String(reread.body(), StandardCharsets.UTF_8));
        assertEquals("text/html", reread.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("report2.html", body(ta.query("GET", feedback)).get(0).get("filename").asText());
        HttpResponse<byte[]> untyped = ta.upload(feedback, "blob.bin", new byte[] {0, 1}, "filename", "blob.bin");
        assertEquals(201, untyped.statusCode());
        assertEquals("application/octet-stream", ta.query("GET", feedback + "/" + body(untyped).get("id").asLong())
                .headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, ta.query("GET", feedback + "/999").statusCode());
    }

    @Test
    void testRunsAreAddedAndReadInMarkUsShape() {
        MarkusClient ta = world.as("ta1");
        String course = "courses/" + world.csc;
        long a = body(world.admin.json("POST", course + "/assignments",
                "{\"short_identifier\": \"TR1\", \"due_date\": \"2026-10-01\"}")).get("id").asLong();
        String groups = course + "/assignments/" + a + "/groups";
        long g = body(world.admin.json("POST", groups, "{\"new_group_name\": \"tr\", \"members\": [\"stu3\"]}"))
                .get("id").asLong();
        String group = groups + "/" + g;
        String report = """
                {"test_results": {"status": "finished", "error": null, "test_groups": [
                  {"time": 100, "stderr": "careful", "extra_info": {"name": "Unit", "test_group_id": 3, "display_output": "1"},
                   "tests": [{"name": "test_a", "status": "pass", "marks_earned": 2, "marks_total": 2, "output": "ok", "time": 5},
                             {"name": "test_b", "status": "fail", "marks_earned": 0, "marks_total": 3, "output": "no", "time": null}],
                   "feedback": [{"filename": "report.txt", "mime_type": "text/plain", "content": "well done"},
                                {"filename": "z.txt", "mime_type": "text/plain", "content": "zipped"}],
                   "annotations": [], "tags": [], "overall_comment": null},
                  {"time": 7, "timeout": 30, "extra_info": {"name": "Style", "test_group_id": 4}, "tests": []}]}}
                """;

        HttpResponse<byte[]> uncollected = ta.json("POST", group + "/add_test_run", report);
        assertEquals(422, uncollected.statusCode(), new String(uncollected.body(), StandardCharsets.UTF_8));
        assertEquals(404, ta.query("GET", group + "/test_results").statusCode());
        ta.query("POST", group + "/collect_submission");
        assertEquals(404, ta.query("GET", group + "/test_results").statusCode(), "no run yet");

        HttpResponse<byte[]> added = ta.json("POST", group + "/add_test_run", report);
        assertEquals(201, added.statusCode(), new String(added.body(), StandardCharsets.UTF_8));
        assertEquals("success", body(added).get("status").asText());
        long run = body(added).get("test_run_id").asLong();

        JsonNode results = body(ta.query("GET", group + "/test_results"));
        assertEquals(List.of("Unit"), iterableNames(results));
        JsonNode first = results.get("Unit").get(0);
        assertEquals("test_a", first.get("test_result_name").asText());
        assertEquals("pass", first.get("status").asText());
        assertEquals(2.0, first.get("marks_earned").asDouble());
        assertEquals(2.0, first.get("marks_total").asDouble());
        assertEquals("tr", first.get("group_name").asText());
        assertEquals(3, first.get("test_groups_id").asLong());
        assertEquals("Messages on stderr: \ncareful\n", first.get("extra_info").asText());
        assertEquals("test_b", results.get("Unit").get(1).get("test_result_name").asText());

        JsonNode runs = body(ta.query("GET", group + "/test_runs"));
        assertEquals(1, runs.size());
        assertEquals(run, runs.get(0).get("id").asLong());
        assertEquals("complete", runs.get(0).get("status").asText());
        JsonNode unit = runs.get(0).get("test_group_results").get(0);
        assertEquals(2.0, unit.get("marks_earned").asDouble());
        assertEquals(5.0, unit.get("marks_total").asDouble());
        assertEquals(List.of("report.txt", "z.txt"), names(unit.get("feedback_files"), "filename"));
        assertEquals(9, unit.get("feedback_files").get(0).get("size").asLong());
        assertEquals(6, unit.get("feedback_files").get(1).get("size").asLong());
        JsonNode style = runs.get(0).get("test_group_results").get(1);
        assertEquals("timeout", style.get("error_type").asText());

        // A failed run is the latest: it has no tests, so there are no results, as MarkUs answers.
        HttpResponse<byte[]> failed = ta.json("POST", group + "/add_test_run",
                "{\"test_results\": {\"status\": \"failed\", \"error\": \"tester crashed\", \"test_groups\": []}}");
        assertEquals(201, failed.statusCode());
        JsonNode both = body(ta.query("GET", group + "/test_runs"));
        assertEquals("failed", both.get(1).get("status").asText());
        assertEquals("tester crashed", both.get(1).get("problems").asText());
        assertTrue(both.get(1).get("test_group_results").isNull());
        assertEquals(404, ta.query("GET", group + "/test_results").statusCode());

        for (String bad : List.of("{\"test_results\": {\"status\": \"x\"}}",
                "{\"test_results\": {\"status\": \"x\", \"test_groups\": [{\"time\": 1, \"tests\": []}]}}",
                "{\"test_results\": {\"status\": \"x\", \"test_groups\": [{\"extra_info\": {\"name\": \"u\"},"
                        + " \"tests\": [{\"name\": \"t\", \"status\": \"maybe\", \"marks_earned\": 1,"
                        + " \"marks_total\": 1, \"output\": \"\"}]}]}}",
                "{\"test_results\": {\"status\": \"x\", \"test_groups\": [{\"extra_info\": {\"name\": \"u\"},"
                        + " \"tests\": [], \"feedback\": [{\"filename\": \"f\", \"mime_type\": \"text/plain\","
                        + " \"content\": \"x\", \"compression\": \"gzip\"}]}]}}",
                "{\"test_results\": \"not json\"}")) {
            assertEquals(422, ta.json("POST", group + "/add_test_run", bad).statusCode(), bad);
        }
        assertEquals(2, body(ta.query("GET", group + "/test_runs")).size(), "a refused report keeps nothing");
        assertEquals(404, ta.query("GET", groups + "/999999/test_runs").statusCode());
    }

    private static List<String> iterableNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void starterFileGroupsAndTheirEntriesFollowTheClient() throws IOException {
        MarkusClient inst = world.as("inst");
        String course = "courses/" + world.csc;
        long a = body(inst.json("POST", course + "/assignments",
                "{\"short_identifier\": \"SF1\", \"due_date\": \"2026-10-01\"}")).get("id").asLong();
        String groups = course + "/assignments/" + a + "/starter_file_groups";
        HttpResponse<byte[]> made = inst.query("POST", groups);
        assertEquals(201, made.statusCode());
        long id = body(made).get("id").asLong();
        JsonNode listed = body(world.as("ta1").query("GET", groups));
        assertEquals(1, listed.size());
        assertEquals("New Starter File Group", listed.get(0).get("name").asText());
        assertEquals(a, listed.get(0).get("assessment_id").asLong());
        assertEquals(false, listed.get(0).get("use_rename").asBoolean());

        String group = course + "/starter_file_groups/" + id;
        assertEquals(200, inst.query("PUT", group, "name", "Lab", "entry_rename", "lab1", "use_rename", "False")
                .statusCode());
        JsonNode one = body(inst.query("GET", group));
        assertEquals("Lab", one.get("name").asText());
        assertEquals("lab1", one.get("entry_rename").asText());
        assertEquals(false, one.get("use_rename").asBoolean());

        assertEquals(201, inst.query("POST", group + "/create_folder", "folder_path", "src/lib").statusCode());
        assertEquals(201, inst.upload(group + "/create_file", "src/lib/a.py", "x = 1".getBytes(StandardCharsets.UTF_8),
                "filename", "src/lib/a.py").statusCode());
        assertEquals(422, inst.upload(group + "/create_file", "doc/r.md", new byte[] {1}, "filename", "doc/r.md")
                .statusCode());
        assertEquals(List.of("src", "src/lib", "src/lib/a.py"), texts(body(inst.query("GET", group + "/entries"))));
        assertEquals(Map.of("src/lib/a.py", "x = 1"), unzip(inst.query("GET", group + "/download_entries").body()));
        assertEquals(200, inst.query("DELETE", group + "/remove_file", "filename", "src/lib/a.py").statusCode());
        assertEquals(404, inst.query("DELETE", group + "/remove_file", "filename", "src/lib/a.py").statusCode());
        assertEquals(200, inst.query("DELETE", group + "/remove_folder", "folder_path", "src").statusCode());
        assertEquals(200, inst.query("DELETE", group + "/remove_folder", "folder_path", "src").statusCode());
        assertEquals(0, body(inst.query("GET", group + "/entries")).size());
        assertEquals(200, inst.query("DELETE", group).statusCode());
        assertEquals(404, inst.query("GET", group).statusCode());
        assertEquals(404, admin.query("GET", "courses/" + world.mat + "/starter_file_groups/" + id).statusCode());
    }

    @Test
    void testSpecsAndTestFilesFollowTheClient() throws IOException {
        MarkusClient inst = world.as("inst");
        String course = "courses/" + world.csc;
        long a = body(inst.json("POST", course + "/assignments",
                "{\"short_identifier\": \"TS1\", \"due_date\": \"2026-10-01\"}")).get("id").asLong();
        String assignment = course + "/assignments/" + a;
        assertEquals(0, body(inst.query("GET", assignment + "/test_specs")).size());
        HttpResponse<byte[]> updated = inst.json("POST", assignment + "/update_test_specs",
                "{\"specs\": {\"testers\": [{\"tester_type\": \"py\", \"test_data\": []}]}}");
        assertEquals(200, updated.statusCode(), new String(updated.body(), StandardCharsets.UTF_8));
        assertEquals("200", body(updated).get("code").asText());
        assertEquals("py", body(inst.query("GET", assignment + "/test_specs")).get("testers").get(0).get("tester_type")
                .asText());
        assertEquals(422, inst.json("POST", assignment + "/update_test_specs", "{\"specs\": \"[1, 2]\"}").statusCode());
        assertEquals(422, inst.json("POST", assignment + "/update_test_specs", "{\"specs\": \"{nope\"}").statusCode());
        HttpResponse<byte[]> files = inst.query("GET", assignment + "/test_files");
        assertEquals(200, files.statusCode());
        assertEquals(Map.of(), unzip(files.body()));
    }

    @Test
    void theOlderRoutesAndTheCourseRoutesShareTheDefaultCourse() throws IOException {
        HttpResponse<String> old = world.server.admin().postForm("/api/assignments.json",
                ApiClient.fields("short_identifier", "OLD1", "due_date", "2026-11-01"));
        assertEquals(201, old.statusCode(), old.body());
        long id = MarkusClient.parse(old.body().getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        JsonNode inDefault = body(admin.query("GET", "courses/0/assignments"));
        assertEquals(List.of("OLD1"), names(inDefault, "short_identifier"));
        assertEquals(id, inDefault.get(0).get("id").asLong());
        assertEquals(404, admin.query("GET", "courses/" + world.csc + "/assignments/" + id + "/groups").statusCode());
        assertEquals(201, admin.json("POST", "courses/" + world.mat + "/assignments",
                "{\"short_identifier\": \"M9\", \"due_date\": \"2026-10-01\"}").statusCode());
        for (String path : List.of("/api/assignments.json", "/api/v1/assignments.json")) {
            HttpResponse<String> listed = world.server.admin().get(path);
            assertEquals(List.of("OLD1"), names(MarkusClient.parse(listed.body().getBytes(StandardCharsets.UTF_8)),
                    "short_identifier"), "the older global listing is the default course's: " + path);
        }
    }

    private static List<String> names(JsonNode array, String key) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.get(key).asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
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

    private static Map<String, Long> longs(JsonNode object) {
        Map<String, Long> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }
}
