package org.courseport.client.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsTheShapesTheApiAnswers() {
        JsonObject job = Json.object("""
                { "id": "j1", "bytes_read": 1234567890123, "version": null, "new_version": true, "ratio": -1.5e2,
                  "warnings": [ {"message": "a \\"quoted\\" \\u00e9t\\u00e9\\n"} ], "error": {"status": 422} }""");
        assertEquals("j1", job.text("id"));
        assertEquals(1234567890123L, job.number("bytes_read"));
        assertFalse(job.has("version"));
        assertTrue(job.flag("new_version"));
        assertEquals(-150, job.number("ratio"));
        assertEquals("a \"quoted\" été\n", job.objects("warnings").get(0).text("message"));
        assertEquals(422, job.object("error").orElseThrow().number("status"));
        assertTrue(job.object("missing").isEmpty());
        assertEquals(List.of(), Json.objects(" [ ] "));
    }

    @Test
    void refusesWhatIsNotOneDocument() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": \"open"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("<problem/>"));
        assertThrows(IllegalArgumentException.class, () -> Json.object("[1]"));
    }
}
