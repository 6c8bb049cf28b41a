package org.courseport.adapters.rest.http;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.GradingApiServer;
import org.courseport.adapters.rest.testing.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the one parameter reader promises beyond the encodings: multipart everywhere, and writes that ignore nothing. */
class ParameterRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GradingApiServer server;
    private static ApiClient admin;
    private static String group;

    @BeforeAll
    static void start() throws Exception {
        server = new GradingApiServer();
        admin = server.admin();
        for (String name : new String[] {"pat", "quinn"}) {
            assertEquals(201, admin.postForm("/api/v1/users", fields("user_name", name, "type", "student",
                    "first_name", name, "last_name", "Student")).statusCode());
        }
        String assignment = id(admin.postForm("/api/v1/assignments", fields("short_identifier", "A1", "due_date", "2026-09-01")));
        group = "/api/v1/assignments/" + assignment + "/groups/"
                + id(admin.postForm("/api/v1/assignments/" + assignment + "/groups", fields("group_name", "g1", "members", "pat")));
        assertEquals(201, admin.postForm(group + "/submission_files", fields("filename", "a.py", "file_content", "x")).statusCode());
        assertEquals(201, admin.postForm(group + "/collect", fields()).statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String id(HttpResponse<String> created) throws Exception {
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> multipart(String verb, String path, Multipart body) {
        return admin.send(admin.request(path).header("Accept", "application/json")
                .header("Content-Type", body.contentType()).method(verb, body.publisher()));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void theReferenceExampleWorksAsWritten() throws Exception {
        // curl -H 'Authorization: MarkUsAuth …' -F group_name=g1 -F assignment=A1 -F filename=test.txt
        //      -F "file_content=…" http://…/api/test_results
        Multipart form = new Multipart().field("group_name", "g1").field("assignment", "A1")
                .field("filename", "test.txt").field("file_content", "All 12 tests passed\n");
        HttpResponse<String> posted = admin.send(admin.request("/api/test_results")
                .header("Content-Type", form.contentType()).POST(form.publisher()));
        assertEquals(201, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("<file-content>All 12 tests passed\n</file-content>"), posted.body());
    }

    @Test
    void multipartFieldsChangeAUserAndUnknownOrMissingOnesAreRefused() throws Exception {
        HttpResponse<String> changed = multipart("PUT", "/api/v1/users/2", new Multipart().field("first_name", "Zed"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("Zed", JSON.readTree(changed.body()).get("first_name").asText());

        JsonNode unknown = problem(multipart("PUT", "/api/v1/users/2",
                new Multipart().field("first_name", "Ann").field("nick_name", "A")), 400);
        assertEquals("nick_name", unknown.get("errors").get(0).get("field").asText());
        assertTrue(unknown.get("detail").asText().contains("email, first_name, grace_credits, last_name"), unknown.toString());
        problem(admin.send(admin.request("/api/v1/users/2?frist_name=Ann").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.noBody())), 400);

        JsonNode none = problem(admin.send(admin.request("/api/v1/users/2").header("Accept", "application/json")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}"))), 400);
        assertTrue(none.get("detail").asText().contains("at least one"), none.toString());
        assertEquals("Zed", JSON.readTree(admin.get("/api/v1/users/2", "application/json").body()).get("first_name").asText());

        JsonNode onDelete = problem(admin.send(admin.request("/api/v1/users/3?force=true").header("Accept", "application/json")
                .DELETE()), 400);
        assertTrue(onDelete.get("detail").asText().contains("takes none"), onDelete.toString());
    }

    @Test
    void aReadTakesItsFilterFromAMultipartBodyAndIgnoresWhatItDoesNotKnow() throws Exception {
        HttpResponse<String> filtered = multipart("GET", "/api/v1/users",
                new Multipart().field("filter", "user_name:quinn").field("format", "json"));
        assertEquals(200, filtered.statusCode(), filtered.body());
        JsonNode rows = JSON.readTree(filtered.body());
        assertEquals(1, rows.size(), filtered.body());
        assertEquals("quinn", rows.get(0).get("user_name").asText());
        assertEquals(200, admin.get("/api/v1/users?format=json&page=2", "application/json").statusCode());
    }

    @Test
    void fileFieldsAreContentWhereARouteTakesItAndRefusedElsewhere() throws Exception {
        byte[] text = "ok\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> result = multipart("POST", group + "/test_results",
                new Multipart().file("report", "named-by-the-part.txt", text));
        assertEquals(201, result.statusCode(), result.body());
        assertEquals("named-by-the-part.txt", JSON.readTree(result.body()).get("filename").asText());

        JsonNode second = problem(multipart("POST", group + "/submission_files", new Multipart().field("filename", "b.py")
                .file("file_content", "b.py", text).file("extra", "c.py", text)), 400);
        assertEquals("extra", second.get("errors").get(0).get("field").asText());
        JsonNode noFiles = problem(multipart("POST", "/api/v1/users", new Multipart().field("user_name", "rae")
                .field("type", "student").field("first_name", "R").field("last_name", "S").file("avatar", "a.png", text)), 400);
        assertEquals("avatar", noFiles.get("errors").get(0).get("field").asText());
        problem(multipart("POST", group + "/submission_files", new Multipart().field("filename", "d.py")), 400);
    }
}
