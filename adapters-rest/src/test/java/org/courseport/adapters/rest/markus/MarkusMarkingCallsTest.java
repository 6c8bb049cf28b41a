package org.courseport.adapters.rest.markus;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.adapters.rest.testing.MarkusWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The marking calls of MarkUs's current Python client, replayed through the JDK's HttpClient as it
 * sends them (marks and annotations as JSON bodies, the rest in the query string), with the criteria
 * route its check script uses; each checked for the status and shape the client expects.
 */
class MarkusMarkingCallsTest {
    private static MarkusWorld world;
    private static MarkusClient inst;
    private static String assignment;

    @BeforeAll
    static void start() {
        world = new MarkusWorld();
        inst = world.as("inst");
        HttpResponse<byte[]> made = inst.json("POST", "courses/" + world.csc + "/assignments",
                "{\"short_identifier\": \"MK1\", \"due_date\": \"2026-10-01\", \"group_max\": 3}");
        assignment = "courses/" + world.csc + "/assignments/" + body(made).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void criteriaAreMadeListedChangedAndDeletedAsJsonOrForm() {
        String criteria = assignment + "/criteria";
        HttpResponse<byte[]> made = inst.json("POST", criteria, "{\"name\": \"Design\", \"type\": \"rubric\", \"max_mark\": 4}");
        assertEquals(201, made.statusCode(), text(made));
        assertEquals("201", body(made).get("code").asText());
        long design = body(made).get("id").asLong();
        assertEquals(201, inst.query("POST", criteria, "name", "Docs", "type", "checkbox", "max_mark", "1",
                "bonus", "True").statusCode());
        assertEquals(201, inst.json("POST", criteria, "{\"name\": \"Levels\", \"type\": \"rubric\", \"max_mark\": 2, "
                + "\"levels\": [{\"name\": \"no\", \"description\": \"none\", \"mark\": 0}, {\"name\": \"yes\", "
                + "\"description\": \"all\", \"mark\": 2}]}").statusCode());

        JsonNode one = body(world.as("ta1").query("GET", criteria + "/" + design));
        assertEquals("rubric", one.get("type").asText());
        assertEquals(4, one.get("max_mark").asInt());
        assertEquals(List.of("Very Poor", "Weak", "Passable", "Good", "Excellent"), texts(one.get("levels"), "name"));
        assertEquals(List.of("0", "1", "2", "3", "4"), texts(one.get("levels"), "mark"));
        assertTrue(one.get("ta_visible").asBoolean());
        JsonNode listed = body(inst.query("GET", criteria));
        assertEquals(List.of("Design", "Docs", "Levels"), texts(listed, "name"));
        assertTrue(listed.get(1).get("bonus").asBoolean());
        assertEquals(List.of("none", "all"), texts(listed.get(2).get("levels"), "description"));

        assertEquals(200, inst.json("PUT", criteria + "/" + design, "{\"max_mark\": 8, \"description\": \"how\"}")
                .statusCode());
        assertEquals(List.of("0", "2", "4", "6", "8"), texts(body(inst.query("GET", criteria + "/" + design))
                .get("levels"), "mark"));
        assertEquals(409, inst.json("PUT", criteria + "/" + design, "{\"name\": \"Docs\"}").statusCode());
        assertEquals(409, inst.json("POST", criteria, "{\"name\": \"Docs\", \"type\": \"flexible\", \"max_mark\": 1}")
                .statusCode());
        assertEquals(400, inst.json("POST", criteria, "{\"name\": \"Zero\", \"type\": \"flexible\", \"max_mark\": 0}")
                .statusCode());
        assertEquals(400, inst.json("POST", criteria, "{\"name\": \"Grid\", \"type\": \"grid\", \"max_mark\": 1}")
                .statusCode());
        assertEquals(400, inst.json("POST", criteria, "{\"name\": \"X\", \"type\": \"flexible\", \"max_mark\": 1, "
                + "\"weight\": 2}").statusCode());
        assertEquals(200, inst.query("DELETE", criteria + "/" + design).statusCode());
        assertEquals(404, inst.query("GET", criteria + "/" + design).statusCode());
        assertEquals(403, world.as("ta1").json("POST", criteria, "{\"name\": \"T\", \"type\": \"flexible\", \"max_mark\": 1}")
                .statusCode());
    }

    @Test
    void marksStateExtraMarksAndTheGradesSummaryFollowTheClient() throws IOException {
        String a = assignment(" MK2");
        criterion(a, "{\"name\": \"Code\", \"type\": \"flexible\", \"max_mark\": 10}");
        criterion(a, "{\"name\": \"Style\", \"type\": \"rubric\", \"max_mark\": 4}");
        criterion(a, "{\"name\": \"Tests\", \"type\": \"checkbox\", \"max_mark\": 2, \"bonus\": true}");
        criterion(a, "{\"name\": \"Peer\", \"type\": \"flexible\", \"max_mark\": 5, \"ta_visible\": false}");
        String g1 = group(a, "g1", "stu1", "stu2");
        String g2 = a + "/groups/" + body(inst.json("POST", a + "/groups",
                "{\"new_group_name\": \"g2\", \"members\": [\"stu3\"]}")).get("id").asLong();

        HttpResponse<byte[]> uncollected = inst.json("PUT", g2 + "/update_marks", "{\"Code\": 1}");
        assertEquals(404, uncollected.statusCode());
        assertTrue(body(uncollected).get("detail").asText().startsWith("No submission exists"));

        // update_marks_single_group(c, {"Code": 7.5, "Style": 3.0, "Peer": "nil"}, a, g)
        HttpResponse<byte[]> marked = inst.json("PUT", g1 + "/update_marks", "{\"Code\": 7.5, \"Style\": 3.0, \"Peer\": \"nil\"}");
        assertEquals(200, marked.statusCode(), text(marked));
        assertEquals("200", body(marked).get("code").asText());
        assertEquals(200, inst.json("PUT", g1 + "/update_marks", "{\"Code\": 7.5, \"Style\": 3.0, \"Peer\": \"nil\"}")
                .statusCode(), "a retry changes nothing");
        assertEquals(404, inst.json("PUT", g1 + "/update_marks", "{\"Nothing\": 1}").statusCode());
        HttpResponse<byte[]> outOfRange = inst.json("PUT", g1 + "/update_marks", "{\"Code\": 11, \"Tests\": 1}");
        assertEquals(422, outOfRange.statusCode());
        assertEquals(2, body(outOfRange).get("errors").size());

        // update_marking_state(c, a, g, "complete"): Tests is TA-visible and unmarked
        assertEquals(422, inst.query("PUT", g1 + "/update_marking_state", "marking_state", "complete").statusCode());
        assertEquals(400, inst.query("PUT", g1 + "/update_marking_state", "marking_state", "done").statusCode());
        assertEquals(200, inst.json("PUT", g1 + "/update_marks", "{\"Tests\": 2}").statusCode());
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> complete = inst.query("PUT", g1 + "/update_marking_state", "marking_state", "complete");
            assertEquals(200, complete.statusCode(), text(complete));
        }
        HttpResponse<byte[]> refused = inst.json("PUT", g1 + "/update_marks", "{\"Code\": 1}");
        assertEquals(404, refused.statusCode());
        assertEquals("Marking for that submission is already completed", body(refused).get("detail").asText());

        // create_extra_marks(c, a, g, -2.0, "late"), twice; remove_extra_marks once
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> extra = inst.query("POST", g1 + "/create_extra_marks", "extra_marks", "-2.0",
                    "description", "late");
            assertEquals(200, extra.statusCode(), text(extra));
            assertEquals("200", body(extra).get("code").asText());
        }
        assertEquals(200, inst.query("POST", g1 + "/create_extra_marks", "extra_marks", "10", "description", "effort",
                "unit", "percentage").statusCode());
        assertEquals(200, inst.query("DELETE", g1 + "/remove_extra_marks", "extra_marks", "-2.0", "description", "late")
                .statusCode());
        assertEquals(404, inst.query("DELETE", g1 + "/remove_extra_marks", "extra_marks", "-3", "description", "late")
                .statusCode());

        // get_grades_summary(c, a): text, though the client asks for .json
        HttpResponse<byte[]> summary = inst.query("GET", a + "/grades_summary");
        assertEquals(200, summary.statusCode(), text(summary));
        assertTrue(summary.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<List<String>> rows = csv(text(summary));
        assertEquals(List.of(
                List.of("Group name", "User Name", "Section", "Last Name", "First Name", "ID number", "Email",
                        "Total Mark", "Code", "Style", "Tests (Bonus)", "Bonus/Deductions"),
                List.of("", "", "", "", "", "", "Out Of", "14", "10", "4", "2", ""),
                // 7.5 + 3 + 2 = 12.5; -2 points and 10 % of 14 = -0.6; total 11.9
                List.of("g1", "stu1", "", "Test", "stu1", "", "", "11.9", "7.5", "3", "2", "-0.6"),
                List.of("g1", "stu2", "", "Test", "stu2", "", "", "11.9", "7.5", "3", "2", "-0.6"),
                List.of("g2", "stu3", "", "Test", "stu3", "", "", "", "", "", "", "")), rows);
        assertEquals(200, world.as("ta1").query("GET", a + "/grades_summary").statusCode());
        assertEquals(403, world.as("stu1").query("GET", a + "/grades_summary").statusCode());
        assertEquals(403, world.as("ta1").json("PUT", g1 + "/update_marks", "{\"Code\": 1}").statusCode());
    }

    @Test
    void annotationsAreAddedAllOrNothingAndRoundTrip() {
        String a = assignment("MK3");
        String g1 = group(a, "g1", "stu1");
        String g2 = group(a, "g2", "stu2");
        String lines = "\"line_start\": 2, \"line_end\": 3, \"column_start\": 0, \"column_end\": 7";
        HttpResponse<byte[]> unknownFile = inst.json("POST", g1 + "/add_annotations", "{\"annotations\": ["
                + "{\"filename\": \"main.py\", \"content\": \"ok\", " + lines + "},"
                + "{\"filename\": \"gone.py\", \"content\": \"?\", " + lines + "}], \"force_complete\": false}");
        assertEquals(422, unknownFile.statusCode(), text(unknownFile));
        assertEquals(422, inst.json("POST", g1 + "/add_annotations", "{\"annotations\": [{\"filename\": \"main.py\", "
                + "\"content\": \"ok\", \"line_start\": 1}], \"force_complete\": false}").statusCode());
        assertEquals(0, body(inst.query("GET", g1 + "/annotations")).size());

        // upload_annotations(c, a, g, [...], force_complete=False)
        HttpResponse<byte[]> added = inst.json("POST", g1 + "/add_annotations", "{\"annotations\": ["
                + "{\"filename\": \"main.py\", \"content\": \"Use a loop\", \"annotation_category_name\": \"Style\", "
                + lines + "},"
                + "{\"filename\": \"plot.png\", \"content\": \"axis?\", \"type\": \"ImageAnnotation\", "
                + "\"x1\": 1, \"y1\": 2, \"x2\": 30, \"y2\": 40}], \"force_complete\": false}");
        assertEquals(200, added.statusCode(), text(added));
        assertEquals("200", body(added).get("code").asText());
        assertEquals(200, inst.json("POST", g2 + "/add_annotations", "{\"annotations\": [{\"filename\": \"main.py\", "
                + "\"content\": \"Good\", \"annotation_category_name\": \"Style\", " + lines + "}]}").statusCode());

        JsonNode mine = body(world.as("ta1").query("GET", g1 + "/annotations"));
        assertEquals(2, mine.size());
        JsonNode text = mine.get(0);
        assertEquals("TextAnnotation", text.get("type").asText());
        assertEquals("Use a loop", text.get("content").asText());
        assertEquals("main.py", text.get("filename").asText());
        assertEquals("src", text.get("path").asText());
        assertEquals("Style", text.get("category").asText());
        assertEquals(List.of(2, 3, 0, 7), List.of(text.get("line_start").asInt(), text.get("line_end").asInt(),
                text.get("column_start").asInt(), text.get("column_end").asInt()));
        assertTrue(text.get("x1").isNull() && text.get("page").isNull());
        assertEquals(text.get("creator_id"), text.get("content_creator_id"));
        JsonNode image = mine.get(1);
        assertEquals("ImageAnnotation", image.get("type").asText());
        assertEquals(List.of(1, 2, 30, 40), List.of(image.get("x1").asInt(), image.get("y1").asInt(),
                image.get("x2").asInt(), image.get("y2").asInt()));
        assertTrue(image.get("category").isNull() && image.get("line_start").isNull());
        assertEquals(3, body(inst.query("GET", a + "/groups/annotations")).size());
        assertEquals(3, body(inst.query("GET", a + "/groups/None/annotations")).size());

        inst.json("PUT", g2 + "/update_marks", "{}");
        assertEquals(200, inst.query("PUT", g2 + "/update_marking_state", "marking_state", "complete").statusCode());
        String late = "{\"annotations\": [{\"filename\": \"main.py\", \"content\": \"late\", " + lines + "}]";
        assertEquals(404, inst.json("POST", g2 + "/add_annotations", late + ", \"force_complete\": false}").statusCode());
        assertEquals(200, inst.json("POST", g2 + "/add_annotations", late + ", \"force_complete\": true}").statusCode());
        assertEquals(2, body(inst.query("GET", g2 + "/annotations")).size());
        assertEquals(403, world.as("ta1").json("POST", g1 + "/add_annotations", late + "}").statusCode());
    }

    /** A new assignment of course csc, its path. */
    private static String assignment(String name) {
        HttpResponse<byte[]> made = inst.json("POST", "courses/" + world.csc + "/assignments",
                "{\"short_identifier\": \"" + name.strip() + "\", \"due_date\": \"2026-10-01\", \"group_max\": 3}");
        assertEquals(201, made.statusCode(), text(made));
        return "courses/" + world.csc + "/assignments/" + body(made).get("id").asLong();
    }

    private static void criterion(String assignment, String json) {
        HttpResponse<byte[]> made = inst.json("POST", assignment + "/criteria", json);
        assertEquals(201, made.statusCode(), text(made));
    }

    /** A group of the students with src/main.py and plot.png, collected; its path. */
    private static String group(String assignment, String name, String... members) {
        HttpResponse<byte[]> made = inst.json("POST", assignment + "/groups", "{\"new_group_name\": \"" + name
                + "\", \"members\": [\"" + String.join("\", \"", members) + "\"]}");
        String group = assignment + "/groups/" + body(made).get("id").asLong();
        inst.upload(group + "/submission_files", "src/main.py", "x = 1\n".getBytes(StandardCharsets.UTF_8),
                "filename", "src/main.py");
        inst.upload(group + "/submission_files", "plot.png", new byte[] {1, 2}, "filename", "plot.png");
        assertEquals(201, inst.query("POST", group + "/collect_submission").statusCode());
        return group;
    }

    private static List<List<String>> csv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
