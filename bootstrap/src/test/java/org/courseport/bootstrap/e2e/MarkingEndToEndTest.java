package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.bootstrap.testing.ServerPerTest;
import org.junit.jupiter.api.Test;

/**
 * A marking robot through the jar's own wiring: criteria, marks, extra marks, completion, annotations and
 * the grades summary, on the stores the server really uses. {@link PostgresMarkingEndToEndTest} runs it on
 * PostgreSQL.
 */
class MarkingEndToEndTest extends ServerPerTest {
    @Test
    void aRobotMarksAResultAndReadsTheGradesBack() {
        MarkusClient admin = new MarkusClient(server.admin());
        long course = body(admin.query("POST", "courses", "name", "csc209", "display_name", "Systems")).get("id").asLong();
        admin.query("POST", "users", "user_name", "amy", "type", "EndUser", "first_name", "Amy", "last_name", "Ames");
        admin.query("POST", "courses/" + course + "/roles", "user_name", "amy", "type", "Student");
        String a = "courses/" + course + "/assignments/" + body(admin.json("POST", "courses/" + course + "/assignments",
                "{\"short_identifier\": \"A1\", \"due_date\": \"2026-10-01\"}")).get("id").asLong();
        assertEquals(201, admin.json("POST", a + "/criteria", "{\"name\": \"Code\", \"type\": \"flexible\", \"max_mark\": 8}")
                .statusCode());
        assertEquals(201, admin.json("POST", a + "/criteria", "{\"name\": \"Style\", \"type\": \"rubric\", \"max_mark\": 2}")
                .statusCode());
        String g = a + "/groups/" + body(admin.json("POST", a + "/groups",
                "{\"new_group_name\": \"g1\", \"members\": [\"amy\"]}")).get("id").asLong();
        admin.upload(g + "/submission_files", "src/a.c", "int main;".getBytes(StandardCharsets.UTF_8), "filename", "src/a.c");
        admin.query("POST", g + "/collect_submission");

        assertEquals(200, admin.json("PUT", g + "/update_marks", "{\"Code\": 6.5, \"Style\": 1.5}").statusCode());
        assertEquals(200, admin.query("POST", g + "/create_extra_marks", "extra_marks", "-1", "description", "late")
                .statusCode());
        assertEquals(200, admin.json("POST", g + "/add_annotations", "{\"annotations\": [{\"filename\": \"a.c\", "
                + "\"content\": \"main?\", \"annotation_category_name\": \"Style\", \"line_start\": 1, \"line_end\": 1, "
                + "\"column_start\": 0, \"column_end\": 9}]}").statusCode());
        assertEquals(200, admin.query("PUT", g + "/update_marking_state", "marking_state", "complete").statusCode());
        assertEquals(404, admin.json("PUT", g + "/update_marks", "{\"Code\": 8}").statusCode());
        assertEquals(409, admin.query("DELETE", a + "/criteria/" + body(admin.query("GET", a + "/criteria")).get(0)
                .get("id").asLong()).statusCode());

        assertEquals("Style", body(admin.query("GET", g + "/annotations")).get(0).get("category").asText());
        HttpResponse<byte[]> summary = admin.query("GET", a + "/grades_summary");
        String[] lines = new String(summary.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("Group name,User Name,Section,Last Name,First Name,ID number,Email,Total Mark,Code,Style,"
                + "Bonus/Deductions", lines[0]);
        assertTrue(lines[1].endsWith(",Out Of,10,8,2,"), lines[1]);
        assertEquals("g1,amy,,Ames,Amy,,,7,6.5,1.5,-1", lines[2]);
    }
}
