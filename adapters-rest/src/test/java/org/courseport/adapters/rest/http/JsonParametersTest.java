package org.courseport.adapters.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

/** How a JSON body becomes parameters: objects, alone or in an array, pass as their JSON text. */
class JsonParametersTest {
    private static MultivaluedMap<String, String> decode(String json) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        ParameterDecoder.json(json.getBytes(StandardCharsets.UTF_8), params);
        return params;
    }

    @Test
    void objectsInAnArrayAreEachTheirJsonTextAndScalarsTheirText() {
        MultivaluedMap<String, String> params = decode("{\"grade_entry_items\": [{\"name\": \"a, b\", \"out_of\": 10},"
                + " {\"name\": \"c\"}], \"members\": [\"x\", 2], \"date\": null, \"grades\": {\"a\": 1.5}}");
        assertEquals(List.of("{\"name\":\"a, b\",\"out_of\":10}", "{\"name\":\"c\"}"), params.get("grade_entry_items"));
        assertEquals(List.of("x", "2"), params.get("members"));
        assertEquals(List.of(""), params.get("date"));
        assertEquals(List.of("{\"a\":1.5}"), params.get("grades"));
        assertThrows(InvalidInput.class, () -> decode("{\"nested\": [[1]]}"));
    }
}
