package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.bootstrap.testing.ServerPerTest;
import org.junit.jupiter.api.Test;

/**
 * An instructor's script keeping a marks spreadsheet, through the jar's own wiring and database: make it,
 * set grades (twice, as a retry would), read it as JSON and as MarkUs's CSV. {@link
 * PostgresMarksSpreadsheetEndToEndTest} runs it on PostgreSQL.
 */
class MarksSpreadsheetEndToEndTest extends ServerPerTest {
    @Test
    void anInstructorsScriptKeepsMarksInASpreadsheet() {
        MarkusClient admin = new MarkusClient(server.admin());
        long course = body(admin.query("POST", "courses", "name", "csc108", "display_name", "Intro")).get("id").asLong();
        String path = "courses/" + course;
        assertEquals(201, admin.json("POST", path + "/sections", "{\"name\": \"L0101\"}").statusCode());
        for (String user : new String[] {"zoe", "amy"}) {
            assertEquals(201, admin.query("POST", "users", "user_name", user, "type", "EndUser", "first_name", user,
                    "last_name", "Ng").statusCode());
        }
        admin.query("POST", path + "/roles", "user_name", "zoe", "type", "Student", "section_name", "L0101");
        admin.query("POST", path + "/roles", "user_name", "amy", "type", "Student");

        HttpResponse<byte[]> made = admin.json("POST", path + "/grade_entry_forms", "{\"short_identifier\": \"Quiz1\","
                + " \"description\": \"Quiz, first\", \"date\": \"2026-10-01\", \"is_hidden\": false, \"show_total\": true,"
                + " \"grade_entry_items\": [{\"name\": \"q1\", \"out_of\": 4}, {\"name\": \"late\", \"out_of\": 0,"
                + " \"bonus\": true}]}");
        assertEquals(201, made.statusCode());
        String form = path + "/grade_entry_forms/" + body(made).get("id").asLong();
        String zoe = "{\"user_name\": \"zoe\", \"grade_entry_items\": {\"q1\": 3.5, \"late\": -0.5}}";
        assertEquals(200, admin.json("PUT", form + "/update_grades", zoe).statusCode());
        assertEquals(200, admin.json("PUT", form + "/update_grades", zoe).statusCode());

        JsonNode sheet = body(admin.query("GET", form));
        assertEquals("2026-10-01T00:00:00Z", sheet.get("due_date").asText());
        assertEquals("L0101", sheet.get("students").get(1).get("section_name").asText());
        assertEquals(3.0, sheet.get("students").get(1).get("total_grade").asDouble());
        HttpResponse<String> csv = server.admin().get("/api/" + form, "*/*");
        assertEquals("""
                User name,Last name,First name,Section name,Id number,Email,q1,late,Total
                "","","","","",Out Of,4.0,0.0,4.0
                amy,Ng,amy,,,,"","",""
                zoe,Ng,zoe,L0101,,,3.5,-0.5,3.0
                """, csv.body());
    }
}
