package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.Multipart;
import org.courseport.bootstrap.testing.Cli;
import org.courseport.bootstrap.testing.ServerPerTest;
import org.junit.jupiter.api.Test;

/**
 * An autograder's round trip through the jar's own wiring: H2, blobs, the zip writer, multipart spooling.
 * {@link PostgresGradingEndToEndTest} runs it on PostgreSQL, blobs in the database.
 */
class GradingEndToEndTest extends ServerPerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A token for the user from the operator's command line, against the stopped server's store. */
    protected String newToken(String user) {
        return server.whileStopped(() -> Cli.run("token", "--user", user, "--data", data.toString()).out().strip());
    }

    @Test
    void anAdminSetsUpATaCollectsDownloadsAndPostsResults() throws Exception {
        ApiClient admin = server.admin();
        assertEquals(201, admin.postForm("/api/users", fields("user_name", "ta1", "type", "ta",
                "first_name", "Tess", "last_name", "Grader")).statusCode());
        for (String student : new String[] {"amy", "ben"}) {
            assertEquals(201, admin.postForm("/api/users", fields("user_name", student, "type", "student",
                    "first_name", student, "last_name", "S")).statusCode());
        }
        ApiClient ta = server.client(newToken("ta1"));

        long assignment = json(admin.postForm("/api/v1/assignments.json", fields("short_identifier", "A1",
                "due_date", "2026-10-01", "group_max", "2"))).get("id").asLong();
        HttpResponse<String> group = admin.postForm("/api/v1/assignments/" + assignment + "/groups.json",
                fields("group_name", "team1", "members", "amy,ben"));
        assertEquals(201, group.statusCode(), group.body());
        String path = "/api/v1/assignments/" + assignment + "/groups/" + json(group).get("id").asLong();

        byte[] big = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(big);
        Multipart multipart = new Multipart().field("filename", "data/big.bin").file("file_content", "big.bin", big);
        HttpResponse<String> uploaded = ta.send(ta.request(path + "/submission_files.json")
                .header("Content-Type", multipart.contentType()).POST(multipart.publisher()));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals(201, ta.send(ta.request(path + "/submission_files?filename=src/main.py")
                .header("Content-Type", "text/x-python")
                .POST(HttpRequest.BodyPublishers.ofString("print('hi')\n"))).statusCode());
        assertEquals(201, ta.postForm(path + "/collect", fields()).statusCode());

        HttpResponse<byte[]> zip = ta.send(ta.request(path + "/submission_downloads").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> entries = unzip(zip.body());
        assertArrayEquals(big, entries.get("A1-team1/data/big.bin"));
        assertEquals("print('hi')\n", new String(entries.get("A1-team1/src/main.py"), StandardCharsets.UTF_8));

        HttpResponse<String> posted = ta.postForm("/api/v1/test_results.json", fields("assignment", "A1",
                "group_name", "team1", "filename", "results.json", "file_content", "{\"score\": 7}"));
        assertEquals(201, posted.statusCode(), posted.body());
        HttpResponse<String> again = ta.postForm(path + "/test_results.json", fields("filename", "results.json",
                "file_content", "{\"score\": 9}"));
        assertEquals(200, again.statusCode(), again.body());
        JsonNode results = json(ta.get(path + "/test_results.json"));
        assertEquals(1, results.size());
        assertEquals("{\"score\": 9}", results.get(0).get("file_content").asText());

        long amy = json(admin.get("/api/v1/users.json?filter=user_name:amy")).get(0).get("id").asLong();
        HttpResponse<String> delete = admin.delete("/api/v1/users/" + amy);
        assertEquals(409, delete.statusCode(), delete.body());
        assertTrue(server.admin().get(path + ".xml").body().contains("<user-name>amy</user-name>"));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
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
