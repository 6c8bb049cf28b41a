package org.courseport.adapters.rest.markus;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.adapters.rest.testing.MarkusWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who reaches which course-scoped route family of course {@code csc}: the admin, its instructor, its
 * TA, the TA of another course, its student, and no token. Refusals carry a JSON body, as MarkUs's
 * client needs; a write a caller may do is done for real (each with names of its own).
 */
class CourseAuthorizationMatrixTest {
    private static final List<String> CALLERS = List.of("admin", "inst", "ta1", "ta2", "stu1", "nobody");
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static MarkusWorld world;
    private static String assignment;
    private static String group;

    @BeforeAll
    static void start() {
        world = new MarkusWorld();
        HttpResponse<byte[]> made = world.admin.json("POST", "courses/" + world.csc + "/assignments",
                "{\"short_identifier\": \"M1\", \"due_date\": \"2026-10-01\", \"group_max\": 4}");
        assignment = "courses/" + world.csc + "/assignments/" + body(made).get("id").asLong();
        group = assignment + "/groups/" + body(world.admin.json("POST", assignment + "/groups",
                "{\"new_group_name\": \"mg\", \"members\": [\"stu1\"]}")).get("id").asLong();
        world.admin.query("POST", group + "/collect_submission");
        world.admin.json("POST", assignment + "/criteria", "{\"name\": \"C\", \"type\": \"flexible\", \"max_mark\": 10}");
    }

    /** A new criterion of the assignment, its path. */
    private static String criterion(String unique) {
        return assignment + "/criteria/" + body(world.admin.json("POST", assignment + "/criteria",
                "{\"name\": \"k" + unique + "\", \"type\": \"checkbox\", \"max_mark\": 1}")).get("id").asLong();
    }

    /** A new group of a new student, with one file, collected: a result of its own to mark. */
    private static String result(String unique) {
        world.user("x" + unique);
        world.role(world.csc, "x" + unique, "Student");
        String made = assignment + "/groups/" + body(world.admin.json("POST", assignment + "/groups",
                "{\"new_group_name\": \"x" + unique + "\", \"members\": [\"x" + unique + "\"]}")).get("id").asLong();
        world.admin.upload(made + "/submission_files", "a.txt", new byte[] {1}, "filename", "a.txt");
        world.admin.query("POST", made + "/collect_submission");
        return made;
    }

    /** A new starter file group of the assignment, under its course's path. */
    private static String starterGroup() {
        return "courses/" + world.csc + "/starter_file_groups/"
                + body(world.admin.query("POST", assignment + "/starter_file_groups")).get("id").asLong();
    }

    /** A new marks spreadsheet of the course, with one item {@code q}, under its course's path. */
    private static String spreadsheet(String unique) {
        return course() + "/grade_entry_forms/" + body(world.admin.json("POST", course() + "/grade_entry_forms",
                "{\"short_identifier\": \"G" + unique + "\", \"description\": \"Quiz\", \"date\": null,"
                        + " \"is_hidden\": false, \"show_total\": true, \"grade_entry_items\": [{\"name\": \"q\","
                        + " \"out_of\": 4}]}")).get("id").asLong();
    }

    /** A feedback file of the group's current submission (collecting again replaces the submission). */
    private static long feedbackFile(String unique) {
        return body(world.admin.upload(group + "/feedback_files", "fx" + unique, new byte[] {1}, "filename", "fx" + unique))
                .get("id").asLong();
    }

    /** A tester's report of one passing test, named uniquely. */
    private static String testRun(String unique) {
        return "{\"test_results\": {\"status\": \"finished\", \"error\": null, \"test_groups\": [{\"time\": 1,"
                + " \"extra_info\": {\"name\": \"g\", \"test_group_id\": 1}, \"tests\": [{\"name\": \"t" + unique
                + "\", \"status\": \"pass\", \"marks_earned\": 1, \"marks_total\": 1, \"output\": \"\", \"time\": 1}]}]}}";
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** A route family: how to call it as someone, and the status each caller gets, in {@link #CALLERS} order. */
    private record Family(String name, BiFunction<MarkusClient, String, HttpResponse<byte[]>> call, int... statuses) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> families() {
        return Stream.of(
                new Family("list courses", (client, u) -> client.query("GET", "courses"), 200, 200, 200, 200, 200, 401),
                new Family("make a course", (client, u) -> client.query("POST", "courses", "name", "c" + u,
                        "display_name", "C"), 200, 403, 403, 403, 403, 401),
                // Users are global: MarkUs's own users (EndUser) hold no global power, whatever their roles.
                new Family("list users", (client, u) -> client.query("GET", "users"), 200, 403, 403, 403, 403, 401),
                new Family("make a user", (client, u) -> client.query("POST", "users", "user_name", "u" + u,
                        "type", "EndUser", "first_name", "U", "last_name", "U"), 201, 403, 403, 403, 403, 401),
                new Family("list roles", (client, u) -> client.query("GET", course() + "/roles"), 200, 200, 200, 403, 403, 401),
                new Family("add a role", (client, u) -> {
                    world.user("r" + u);
                    return client.query("POST", course() + "/roles", "user_name", "r" + u, "type", "Student");
                }, 201, 201, 403, 403, 403, 401),
                new Family("list sections", (client, u) -> client.query("GET", course() + "/sections"),
                        200, 200, 200, 403, 403, 401),
                new Family("add a section", (client, u) -> client.json("POST", course() + "/sections",
                        "{\"name\": \"S" + u + "\"}"), 201, 201, 403, 403, 403, 401),
                new Family("list assignments", (client, u) -> client.query("GET", course() + "/assignments"),
                        200, 200, 200, 403, 200, 401),
                new Family("make an assignment", (client, u) -> client.json("POST", course() + "/assignments",
                        "{\"short_identifier\": \"X" + u + "\", \"due_date\": \"2026-10-01\"}"), 201, 201, 403, 403, 403, 401),
                new Family("list groups", (client, u) -> client.query("GET", assignment + "/groups"),
                        200, 200, 200, 403, 403, 401),
                new Family("group ids by name", (client, u) -> client.query("GET", assignment + "/groups/group_ids_by_name"),
                        200, 200, 200, 403, 403, 401),
                new Family("one group", (client, u) -> client.query("GET", group), 200, 200, 200, 403, 403, 401),
                new Family("make a group", (client, u) -> {
                    world.user("m" + u);
                    world.role(world.csc, "m" + u, "Student");
                    return client.json("POST", assignment + "/groups",
                            "{\"new_group_name\": \"g" + u + "\", \"members\": [\"m" + u + "\"]}");
                }, 200, 200, 403, 403, 403, 401),
                new Family("read submission files", (client, u) -> client.query("GET", group + "/submission_files"),
                        200, 200, 200, 403, 403, 401),
                new Family("upload a submission file", (client, u) -> client.upload(group + "/submission_files",
                        "f" + u, "x".getBytes(StandardCharsets.UTF_8), "filename", "f" + u), 201, 201, 201, 403, 403, 401),
                new Family("make a folder", (client, u) -> client.query("POST", group + "/submission_files/create_folders",
                        "folder_path", "d" + u), 201, 201, 201, 403, 403, 401),
                new Family("remove a file", (client, u) -> {
                    world.admin.upload(group + "/submission_files", "rm" + u, new byte[] {1}, "filename", "rm" + u);
                    return client.query("DELETE", group + "/submission_files/remove_file", "filename", "rm" + u);
                }, 200, 200, 200, 403, 403, 401),
                new Family("remove a folder", (client, u) -> {
                    world.admin.query("POST", group + "/submission_files/create_folders", "folder_path", "rd" + u);
                    return client.query("DELETE", group + "/submission_files/remove_folder", "folder_path", "rd" + u);
                }, 200, 200, 200, 403, 403, 401),
                new Family("collect", (client, u) -> client.query("POST", group + "/collect_submission"),
                        201, 201, 201, 403, 403, 401),
                new Family("list feedback files", (client, u) -> client.query("GET", group + "/feedback_files"),
                        200, 200, 200, 403, 403, 401),
                new Family("upload a feedback file", (client, u) -> client.upload(group + "/feedback_files", "fb" + u,
                        new byte[] {1}, "filename", "fb" + u), 201, 201, 201, 403, 403, 401),
                new Family("read a feedback file", (client, u) -> client.query("GET", group + "/feedback_files/"
                        + feedbackFile(u)), 200, 200, 200, 403, 403, 401),
                new Family("replace a feedback file", (client, u) -> client.upload("PUT",
                        group + "/feedback_files/" + feedbackFile(u), "fr" + u, new byte[] {2}, "filename", "fr" + u),
                        200, 200, 200, 403, 403, 401),
                new Family("add a test run", (client, u) -> client.json("POST", group + "/add_test_run", testRun(u)),
                        201, 201, 201, 403, 403, 401),
                new Family("read test results", (client, u) -> {
                    world.admin.json("POST", group + "/add_test_run", testRun(u));
                    return client.query("GET", group + "/test_results");
                }, 200, 200, 200, 403, 403, 401),
                new Family("list test runs", (client, u) -> client.query("GET", group + "/test_runs"),
                        200, 200, 200, 403, 403, 401),
                new Family("read test specs", (client, u) -> client.query("GET", assignment + "/test_specs"),
                        200, 200, 403, 403, 403, 401),
                new Family("update test specs", (client, u) -> client.json("POST", assignment + "/update_test_specs",
                        "{\"specs\": {\"run\": " + u + "}}"), 200, 200, 403, 403, 403, 401),
                new Family("download test files", (client, u) -> client.query("GET", assignment + "/test_files"),
                        200, 200, 403, 403, 403, 401),
                new Family("list starter file groups", (client, u) -> client.query("GET", assignment + "/starter_file_groups"),
                        200, 200, 200, 403, 403, 401),
                new Family("make a starter file group", (client, u) -> client.query("POST",
                        assignment + "/starter_file_groups"), 201, 201, 403, 403, 403, 401),
                new Family("read a starter file group", (client, u) -> client.query("GET", starterGroup()),
                        200, 200, 200, 403, 403, 401),
                new Family("change a starter file group", (client, u) -> client.query("PUT", starterGroup(),
                        "name", "n" + u), 200, 200, 403, 403, 403, 401),
                new Family("delete a starter file group", (client, u) -> client.query("DELETE", starterGroup()),
                        200, 200, 403, 403, 403, 401),
                new Family("list starter entries", (client, u) -> client.query("GET", starterGroup() + "/entries"),
                        200, 200, 200, 403, 403, 401),
                new Family("download starter entries", (client, u) -> client.query("GET",
                        starterGroup() + "/download_entries"), 200, 200, 200, 403, 403, 401),
                new Family("make a starter file", (client, u) -> client.upload(starterGroup() + "/create_file", "s" + u,
                        new byte[] {1}, "filename", "s" + u), 201, 201, 403, 403, 403, 401),
                new Family("make a starter folder", (client, u) -> client.query("POST", starterGroup() + "/create_folder",
                        "folder_path", "d" + u), 201, 201, 403, 403, 403, 401),
                new Family("remove a starter file", (client, u) -> {
                    String group = starterGroup();
                    world.admin.upload(group + "/create_file", "s", new byte[] {1}, "filename", "s");
                    return client.query("DELETE", group + "/remove_file", "filename", "s");
                }, 200, 200, 403, 403, 403, 401),
                new Family("list criteria", (client, u) -> client.query("GET", assignment + "/criteria"),
                        200, 200, 200, 403, 403, 401),
                new Family("read a criterion", (client, u) -> client.query("GET", criterion(u)), 200, 200, 200, 403, 403, 401),
                new Family("make a criterion", (client, u) -> client.json("POST", assignment + "/criteria",
                        "{\"name\": \"n" + u + "\", \"type\": \"rubric\", \"max_mark\": 4}"), 201, 201, 403, 403, 403, 401),
                new Family("change a criterion", (client, u) -> client.json("PUT", criterion(u), "{\"max_mark\": 2}"),
                        200, 200, 403, 403, 403, 401),
                new Family("delete a criterion", (client, u) -> client.query("DELETE", criterion(u)),
                        200, 200, 403, 403, 403, 401),
                new Family("update marks", (client, u) -> client.json("PUT", result(u) + "/update_marks", "{\"C\": 5}"),
                        200, 200, 403, 403, 403, 401),
                new Family("update the marking state", (client, u) -> client.query("PUT", result(u)
                        + "/update_marking_state", "marking_state", "incomplete"), 200, 200, 403, 403, 403, 401),
                new Family("create extra marks", (client, u) -> client.query("POST", result(u) + "/create_extra_marks",
                        "extra_marks", "1", "description", "d"), 200, 200, 403, 403, 403, 401),
                new Family("remove extra marks", (client, u) -> {
                    String result = result(u);
                    world.admin.query("POST", result + "/create_extra_marks", "extra_marks", "1", "description", "d");
                    return client.query("DELETE", result + "/remove_extra_marks", "extra_marks", "1", "description", "d");
                }, 200, 200, 403, 403, 403, 401),
                new Family("add annotations", (client, u) -> client.json("POST", result(u) + "/add_annotations",
                        "{\"annotations\": [{\"filename\": \"a.txt\", \"content\": \"c\", \"line_start\": 1, "
                                + "\"line_end\": 1, \"column_start\": 0, \"column_end\": 1}]}"),
                        200, 200, 403, 403, 403, 401),
                new Family("list a group's annotations", (client, u) -> client.query("GET", group + "/annotations"),
                        200, 200, 200, 403, 403, 401),
                new Family("list every group's annotations", (client, u) -> client.query("GET",
                        assignment + "/groups/annotations"), 200, 200, 200, 403, 403, 401),
                new Family("list annotations of group None", (client, u) -> client.query("GET",
                        assignment + "/groups/None/annotations"), 200, 200, 200, 403, 403, 401),
                new Family("grades summary", (client, u) -> client.query("GET", assignment + "/grades_summary"),
                        200, 200, 200, 403, 403, 401),
                new Family("remove a starter folder", (client, u) -> client.query("DELETE",
                        starterGroup() + "/remove_folder", "folder_path", "d"), 200, 200, 403, 403, 403, 401),
                // Marks spreadsheets: the course's instructors and admins alone, as in MarkUs.
                new Family("list marks spreadsheets", (client, u) -> client.query("GET", course() + "/grade_entry_forms"),
                        200, 200, 403, 403, 403, 401),
                new Family("make a marks spreadsheet", (client, u) -> client.json("POST", course() + "/grade_entry_forms",
                        "{\"short_identifier\": \"N" + u + "\", \"description\": \"d\"}"), 201, 201, 403, 403, 403, 401),
                new Family("read a marks spreadsheet", (client, u) -> client.query("GET", spreadsheet(u)),
                        200, 200, 403, 403, 403, 401),
                new Family("change a marks spreadsheet", (client, u) -> client.json("PUT", spreadsheet(u),
                        "{\"course_id\": " + world.csc + ", \"description\": \"e\"}"), 200, 200, 403, 403, 403, 401),
                new Family("set a student's marks", (client, u) -> client.json("PUT", spreadsheet(u) + "/update_grades",
                        "{\"user_name\": \"stu1\", \"grade_entry_items\": {\"q\": 3}}"), 200, 200, 403, 403, 403, 401))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void eachCallerGetsWhatTheirRoleInTheCourseAllows(Family family) {
        for (int i = 0; i < CALLERS.size(); i++) {
            String caller = CALLERS.get(i);
            HttpResponse<byte[]> response = family.call().apply(world.as(caller), Integer.toString(UNIQUE.incrementAndGet()));
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertEquals(family.statuses()[i], response.statusCode(), family + " as " + caller + ": " + body);
            if (response.statusCode() >= 400) {
                assertTrue(body(response).has("detail"), body);
            }
        }
    }

    @Test
    void aTaOfAnotherCourseLearnsNothingOfThisOnesIds() {
        MarkusClient other = world.as("ta2");
        assertEquals(403, other.query("GET", assignment + "/groups/999999").statusCode());
        assertEquals(403, other.query("GET", "courses/" + world.csc + "/assignments/999999/groups").statusCode());
        assertEquals(404, other.query("GET", "courses/999999/assignments").statusCode());
        assertEquals(403, other.query("GET", "courses/" + world.csc + "/grade_entry_forms/999999").statusCode());
        assertEquals(404, world.admin.query("GET", "courses/" + world.csc + "/grade_entry_forms/999999").statusCode());
        assertEquals(404, world.admin.query("GET", "courses/999999/grade_entry_forms").statusCode());
        String elsewhere = spreadsheet("x");
        assertEquals(404, world.admin.query("GET", elsewhere.replace("courses/" + world.csc, "courses/" + world.mat))
                .statusCode());
    }

    @Test
    void aHiddenRoleOpensNothingAndOnlyVisibleCoursesAreListed() {
        world.user("hid");
        assertEquals(201, world.admin.query("POST", "courses/" + world.csc + "/roles", "user_name", "hid", "type", "Ta",
                "hidden", "true").statusCode());
        MarkusClient hidden = world.as("hid");
        assertEquals(403, hidden.query("GET", "courses/" + world.csc + "/assignments").statusCode());
        assertEquals(403, hidden.query("GET", "courses/" + world.csc + "/grade_entry_forms").statusCode());
        assertEquals(0, body(hidden.query("GET", "courses")).size());
        assertEquals(1, body(world.as("ta2").query("GET", "courses")).size());
    }

    private static String course() {
        return "courses/" + world.csc;
    }
}
