package org.courseport.adapters.rest.audit;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.FullApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scripted session through a real server, then the audit of it: every write, export, download and
 * refusal in the order they happened, with who and what, and nothing secret (no token, no query
 * string, no file content), in every format.
 */
class AuditTrailTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE_BYTES = "print('SECRET-FILE-BYTES-7f3a')";
    private static final String QUERY_SECRET = "SECRET-QUERY-9c1d";
    private static final String BOGUS_TOKEN = "cpt_BOGUSBOGUSBOGUSBOGUSBOGUSBOGUSBOGUSBOGUS123";

    private FullApiServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = new FullApiServer();
        admin = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theAuditListsTheSessionInOrderWithNothingSecret() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> secrets = new ArrayList<>(List.of(server.adminTokenForTests(), FILE_BYTES, QUERY_SECRET, BOGUS_TOKEN));

        ok(admin.postForm("/api/v1/users.json?api_key=" + QUERY_SECRET, fields("user_name", "tess", "type", "ta",
                "first_name", "Tess", "last_name", "Grader")), 400);
        expected.add("admin default POST /api/v1/users 400");
        long tess = JSON.readTree(ok(admin.postForm("/api/v1/users.json", fields("user_name", "tess",
                "type", "ta", "first_name", "Tess", "last_name", "Grader")), 201)).get("id").asLong();
        expected.add("admin default POST /api/v1/users 201");
        String tessToken = JSON.readTree(ok(admin.send(admin.request("/api/v1/users/" + tess + "/token.json")
                .POST(HttpRequest.BodyPublishers.noBody())), 201)).get("token").asText();
        secrets.add(tessToken);
        expected.add("admin default POST /api/v1/users/" + tess + "/token 201");
        ApiClient ta = admin.as(tessToken);
        ok(ta.get("/api/v1/users.json"), 200); // a read: not audited
        ok(ta.postForm("/api/v1/assignments.json", fields("short_identifier", "A1", "due_date", "2026-10-01")), 403);
        expected.add("tess default POST /api/v1/assignments 403");
        ok(admin.as(BOGUS_TOKEN).get("/api/v1/users.json"), 401);
        expected.add("- - GET /api/v1/users 401");
        long assignment = JSON.readTree(ok(admin.postForm("/api/v1/assignments.json", fields("short_identifier", "A1",
                "due_date", "2026-10-01")), 201)).get("id").asLong();
        expected.add("admin default POST /api/v1/assignments 201");
        ok(admin.postForm("/api/v1/users.json", fields("user_name", "s1", "type", "student", "first_name", "S",
                "last_name", "One")), 201);
        expected.add("admin default POST /api/v1/users 201");
        String groups = "/api/v1/assignments/" + assignment + "/groups";
        long group = JSON.readTree(ok(admin.postForm(groups + ".json", fields("group_name", "g1", "members", "s1")), 201))
                .get("id").asLong();
        expected.add("admin default POST " + groups + " 201");
        ok(ta.postForm(groups + "/" + group + "/submission_files.json", fields("filename", "main.py",
                "file_content", FILE_BYTES)), 201);
        expected.add("tess default POST " + groups + "/" + group + "/submission_files 201");
        ok(ta.send(ta.request(groups + "/" + group + "/collect.json").POST(HttpRequest.BodyPublishers.noBody())), 201);
        expected.add("tess default POST " + groups + "/" + group + "/collect 201");
        ok(ta.send(ta.request(groups + "/" + group + "/submission_downloads?token=" + QUERY_SECRET).GET(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode(), 200);
        expected.add("tess default GET " + groups + "/" + group + "/submission_downloads 200");
        ok(server.anonymous().get("/api/v1/audit.json"), 401);
        expected.add("- - GET /api/v1/audit 401");
        ok(ta.get("/api/v1/audit.json"), 403);
        expected.add("tess default GET /api/v1/audit 403");
        ok(admin.send(admin.request("/api/v1/users/" + tess).DELETE()), 204);
        expected.add("admin default DELETE /api/v1/users/" + tess + " 204");
        server.flushAudit();

        HttpResponse<String> audit = admin.get("/api/v1/audit.json?sort=at");

        assertEquals(200, audit.statusCode(), audit.body());
        List<String> seen = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(audit.body())) {
            seen.add(text(entry, "user_name") + " " + text(entry, "token_name") + " " + entry.get("method").asText() + " "
                    + entry.get("route").asText() + " " + entry.get("status").asInt());
            assertFalse(entry.get("request_id").asText().isBlank());
            assertFalse(entry.get("at").asText().isBlank());
        }
        assertEquals(expected, seen);
        for (String format : List.of("json", "csv", "xml")) {
            String body = admin.get("/api/v1/audit." + format + "?sort=at").body();
            for (String secret : secrets) {
                assertFalse(body.contains(secret), format + " holds a secret: " + secret);
            }
            assertFalse(body.contains("SECRET"), format);
        }
    }

    @Test
    void theAuditIsACollectionWithFiltersTimeBoundsPagingAndCsv() throws Exception {
        for (String name : List.of("u1", "u2", "u3")) {
            ok(admin.postForm("/api/v1/users.json", fields("user_name", name, "type", "student", "first_name", "F",
                    "last_name", "L")), 201);
        }
        ok(server.anonymous().get("/api/v1/users.json"), 401);
        server.flushAudit();

        HttpResponse<String> refusals = admin.get("/api/v1/audit.json?filter=status:401");
        assertEquals(1, JSON.readTree(refusals.body()).size(), refusals.body());
        assertTrue(JSON.readTree(refusals.body()).get(0).get("user_name").isNull());
        HttpResponse<String> page = admin.get("/api/v1/audit.json?filter=user_name:ADMIN&limit=2&sort=-id");
        assertEquals("3", page.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(2, JSON.readTree(page.body()).size());
        String csv = admin.get("/api/v1/audit.csv?fields=method,route,status&filter=method:post").body();
        assertTrue(csv.startsWith("method,route,status\r\nPOST,/api/v1/users,201\r\n"), csv);
        String xml = admin.get("/api/v1/audit.xml?limit=1").body();
        assertTrue(xml.contains("<audit-entries type=\"array\">") && xml.contains("<token-name>default</token-name>"), xml);
        assertEquals(0, JSON.readTree(admin.get("/api/v1/audit.json?since=2100-01-01T00:00:00Z").body()).size());
        assertEquals(4, JSON.readTree(admin.get("/api/v1/audit.json?until=2100-01-01T00:00:00Z").body()).size());
        assertEquals(400, admin.get("/api/v1/audit.json?since=yesterday").statusCode());
        assertEquals(400, admin.get("/api/v1/audit.json?since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z")
                .statusCode());
        assertEquals(400, admin.get("/api/v1/audit.json?filter=secret:x").statusCode());
    }

    private static String text(JsonNode entry, String field) {
        return entry.get(field).isNull() ? "-" : entry.get(field).asText();
    }

    private static String ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    private static void ok(int actual, int status) {
        assertEquals(status, actual);
    }
}
