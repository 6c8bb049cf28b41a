package org.courseport.adapters.rest.markus;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.adapters.rest.testing.MarkusWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MarkUs's client's marks spreadsheet calls ({@code new_marks_spreadsheet}, {@code update_marks_spreadsheet},
 * {@code update_marks_spreadsheets_grades}, {@code get_marks_spreadsheets}, {@code get_marks_spreadsheet}),
 * replayed through the JDK's HttpClient with their JSON bodies as the client builds them, each in a course of
 * its own with three students.
 */
class MarkusSpreadsheetCallsTest {
    private static MarkusWorld world;
    private static MarkusClient inst;

    @BeforeAll
    static void start() {
        world = new MarkusWorld();
        inst = world.as("inst");
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** A new course with {@code inst} as instructor, {@code ta1} as TA and stu1…stu3 as students. */
    private static String course(String name) {
        long course = world.course(name);
        world.role(course, "inst", "Instructor");
        world.role(course, "ta1", "Ta");
        for (String student : List.of("stu3", "stu1", "stu2")) {
            world.role(course, student, "Student");
        }
        return "courses/" + course + "/grade_entry_forms";
    }

    /** {@code new_marks_spreadsheet(c, short_id, description, date=None, is_hidden, show_total, items)}. */
    private static HttpResponse<byte[]> create(String forms, String shortId, String description, boolean hidden,
                                               String items) {
        return inst.json("POST", forms, "{\"short_identifier\": \"" + shortId + "\", \"description\": \"" + description
                + "\", \"date\": null, \"is_hidden\": " + (hidden ? "true" : "false") + ", \"show_total\": true, "
                + "\"grade_entry_items\": " + items + "}");
    }

    @Test
    void aSpreadsheetIsMadeChangedGradedAndReadAsTheClientDoesIt() {
        String forms = course("sheets1");
        HttpResponse<byte[]> made = create(forms, "Q1", "Quiz 1", false,
                "[{\"name\": \"a\", \"out_of\": 10}, {\"name\": \"b\", \"out_of\": 5, \"bonus\": false},"
                        + " {\"name\": \"extra\", \"out_of\": 2, \"bonus\": true}]");
        assertEquals(201, made.statusCode(), new String(made.body()));
        assertEquals("201", body(made).get("code").asText());
        long id = body(made).get("id").asLong();
        // The client's defaults: a blank description, hidden, no items.
        assertEquals(422, inst.json("POST", forms, "{\"short_identifier\": \"Q2\", \"description\": \"\", \"date\": null,"
                + " \"is_hidden\": true, \"show_total\": true, \"grade_entry_items\": null}").statusCode());
        assertEquals(409, create(forms, "Q1", "Again", false, "null").statusCode());
        assertEquals(201, create(forms, "Q2", "Quiz 2", true, "null").statusCode());

        JsonNode listed = body(inst.query("GET", forms));
        assertEquals(2, listed.size());
        JsonNode q1 = listed.get(0);
        assertEquals(List.of("id", "short_identifier", "description", "due_date", "is_hidden", "visible_on",
                "visible_until", "show_total", "grade_entry_items"), keys(q1));
        assertEquals(id, q1.get("id").asLong());
        assertEquals("Quiz 1", q1.get("description").asText());
        assertTrue(q1.get("due_date").isNull());
        assertEquals(List.of("id", "name", "out_of"), keys(q1.get("grade_entry_items").get(0)));
        long a = q1.get("grade_entry_items").get(0).get("id").asLong();

        String form = forms + "/" + id;
        String courseId = forms.split("/")[1];
        HttpResponse<byte[]> updated = inst.json("PUT", form, "{\"course_id\": " + courseId + ", \"description\": "
                + "\"Quiz one\", \"grade_entry_items\": [{\"id\": " + a + ", \"out_of\": 12},"
                + " {\"name\": \"c\", \"out_of\": 3}]}");
        assertEquals(200, updated.statusCode(), new String(updated.body()));
        assertEquals(404, inst.json("PUT", form, "{\"course_id\": " + courseId + ", \"grade_entry_items\":"
                + " [{\"id\": 999999, \"name\": \"z\"}]}").statusCode());
        HttpResponse<byte[]> taken = inst.json("PUT", form, "{\"course_id\": " + courseId + ", \"short_identifier\": \"Q2\"}");
        assertEquals(409, taken.statusCode());
        assertTrue(body(taken).get("detail").asText().contains("Q2"), new String(taken.body()));

        String grades = form + "/update_grades";
        String stu1 = "{\"user_name\": \"stu1\", \"grade_entry_items\": {\"a\": 9.5, \"b\": 4, \"extra\": -1}}";
        assertEquals(200, inst.json("PUT", grades, stu1).statusCode());
        assertEquals(200, inst.json("PUT", grades, stu1).statusCode());
        assertEquals(200, inst.json("PUT", grades,
                "{\"user_name\": \"stu2\", \"grade_entry_items\": {\"a\": 12, \"c\": \"3\", \"extra\": 2}}").statusCode());
        assertEquals(422, inst.json("PUT", grades,
                "{\"user_name\": \"nobody\", \"grade_entry_items\": {\"a\": 1}}").statusCode());
        assertEquals(422, inst.json("PUT", grades,
                "{\"user_name\": \"ta1\", \"grade_entry_items\": {\"a\": 1}}").statusCode());
        assertEquals(422, inst.json("PUT", grades,
                "{\"user_name\": \"stu3\", \"grade_entry_items\": {\"a\": 1, \"zz\": 1}}").statusCode());
        assertEquals(422, inst.json("PUT", grades,
                "{\"user_name\": \"stu3\", \"grade_entry_items\": {\"a\": 1, \"b\": -1}}").statusCode());
        assertEquals(422, inst.json("PUT", grades,
                "{\"user_name\": \"stu3\", \"grade_entry_items\": {\"a\": \"lots\"}}").statusCode());

        JsonNode one = body(inst.query("GET", form));
        assertEquals(List.of("id", "short_identifier", "description", "due_date", "is_hidden", "visible_on",
                "visible_until", "show_total", "grade_entry_items", "students"), keys(one));
        assertEquals("Quiz one", one.get("description").asText());
        assertEquals(List.of("a", "b", "extra", "c"), texts(one.get("grade_entry_items"), "name"));
        assertEquals(12.0, one.get("grade_entry_items").get(0).get("out_of").asDouble());
        assertTrue(one.get("grade_entry_items").get(2).get("bonus").asBoolean());
        JsonNode students = one.get("students");
        assertEquals(List.of("stu1", "stu2", "stu3"), texts(students, "user_name"));
        assertEquals(List.of("user_name", "last_name", "first_name", "id_number", "email", "section_name", "grades",
                "total_grade"), keys(students.get(0)));
        // stu1: 9.5 + 4 - 1 (bonus) = 12.5; stu2: 12 + 3 + 2 (bonus) = 17 of 20; stu3: no grade, no total.
        assertEquals(12.5, students.get(0).get("total_grade").asDouble());
        assertEquals(-1.0, students.get(0).get("grades").get("extra").asDouble());
        assertEquals(17.0, students.get(1).get("total_grade").asDouble());
        assertFalse(students.get(1).get("grades").has("b"));
        assertTrue(students.get(2).get("total_grade").isNull());
        assertEquals(0, students.get(2).get("grades").size());

        HttpResponse<String> csv = world.server.admin().send(world.server.admin()
                .request("/api/" + form).header("Accept", "*/*").GET());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("""
                User name,Last name,First name,Section name,Id number,Email,a,b,extra,c,Total
                "","","","","",Out Of,12.0,5.0,2.0,3.0,20.0
                stu1,Test,stu1,,,,9.5,4.0,-1.0,"",12.5
                stu2,Test,stu2,,,,12.0,"",2.0,3.0,17.0
                stu3,Test,stu3,,,,"","","","",""
                """, csv.body());
        assertEquals(csv.body(), world.server.admin().get("/api/" + form + ".csv", "*/*").body());
    }

    @Test
    void spreadsheetsAreListedWithTheCoursesAssignmentsAndHiddenOnesNotToStudents() {
        String forms = course("sheets2");
        create(forms, "S1", "Shown", false, "null");
        create(forms, "S2", "Hidden", true, "null");
        String assignments = forms.replace("grade_entry_forms", "assignments");
        JsonNode all = body(inst.query("GET", assignments));
        assertEquals(List.of("S1", "S2"), texts(all, "short_identifier"));
        assertEquals(List.of("id", "short_identifier", "description", "message", "due_date", "is_hidden", "visible_on",
                "visible_until"), keys(all.get(0)));
        assertEquals(List.of("S1"), texts(body(world.as("stu1").query("GET", assignments)), "short_identifier"));
        assertEquals(List.of("S1", "S2"), texts(body(world.as("ta1").query("GET", assignments)), "short_identifier"));
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> texts(JsonNode array, String key) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(key).asText()));
        return texts;
    }
}
