package org.courseport.adapters.rest.grading;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.GradingApiServer;
import org.courseport.adapters.rest.testing.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The text rule on the grading routes: a file's content sent as text is a 422 (as the docs promise for
 * test results), every other field a 400; multipart text fields are held to it too; the parameter
 * routes refuse a body type they cannot read, while the raw-body routes keep taking any.
 */
class GradingTextRefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GradingApiServer server;
    private static ApiClient admin;
    private static ApiClient ta;
    private static String group;

    @BeforeAll
    static void start() {
        server = new GradingApiServer();
        admin = server.admin();
        ta = server.ta();
        assertEquals(201, admin.postForm("/api/v1/users", fields("user_name", "tex", "type", "student",
                "first_name", "T", "last_name", "S")).statusCode());
        assertEquals(201, admin.postForm("/api/v1/assignments", fields("short_identifier", "T1", "due_date", "2026-10-01"))
                .statusCode());
        HttpResponse<String> created = admin.postForm("/api/v1/assignments/1/groups", fields("group_name", "g", "members", "tex"));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        group = location.substring(location.indexOf("/api"));
        assertEquals(201, ta.postForm(group + "/submission_files", fields("filename", "a.txt", "file_content", "a")).statusCode());
        assertEquals(201, ta.postForm(group + "/collect", fields()).statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(field, problem.get("errors").get(0).get("field").asText(), response.body());
        return problem;
    }

    private static HttpResponse<String> postForm(String path, Object... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object part : parts) {
            body.writeBytes(part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
        }
        return ta.send(ta.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void invalidUtf8InAFormEncodedFileContentIs422NotStoredAsReplacementCharacters() throws Exception {
        String results = group + "/test_results";
        JsonNode raw = problem(postForm(results, "filename=r.txt&file_content=ok", new byte[] {(byte) 0xFF, (byte) 0xFE}),
                422, "file_content");
        assertTrue(raw.get("detail").asText().contains("not UTF-8"), raw.toString());
        problem(postForm(results, "filename=r.txt&file_content=%C3%28"), 422, "file_content");
        problem(postForm("/api/v1/test_results", "assignment=T1&group_name=g&filename=r.txt&file_content=%FF"),
                422, "file_content");
        problem(postForm(results, "filename=r%FF.txt&file_content=ok"), 400, "filename");
        problem(ta.postJson(results, "{\"filename\":\"r.txt\",\"file_content\":\"\\ud800\"}"), 422, "file_content");
        problem(ta.postJson(results, "{\"filename\":\"r\\u0007.txt\",\"file_content\":\"x\"}"), 400, "filename");
        assertEquals("[]", ta.get(results + ".json").body(), "nothing was stored");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ta.get(results + ".xml").body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void multipartTextFieldsAreHeldToTheRule() throws Exception {
        Multipart control = new Multipart().field("filename", "src/a\u0001.txt").file("file_content", "a.txt", new byte[] {'a'});
        problem(ta.send(ta.request(group + "/submission_files").header("Accept", "application/json")
                .header("Content-Type", control.contentType()).POST(control.publisher())), 400, "filename");
        Multipart utf8 = new Multipart().field("filename", "caf\u00e9.txt").file("file_content", "x.txt", new byte[] {'a'});
        HttpResponse<String> fine = ta.send(ta.request(group + "/test_results").header("Accept", "application/json")
                .header("Content-Type", utf8.contentType()).POST(utf8.publisher()));
        assertEquals(201, fine.statusCode(), fine.body());
        assertEquals("caf\u00e9.txt", JSON.readTree(fine.body()).get("filename").asText());
    }

    @Test
    void aParameterRouteRefusesAnXmlBodyButARawBodyRouteTakesAnyType() throws Exception {
        HttpResponse<String> xml = ta.send(ta.request(group + "/test_results").header("Accept", "application/json")
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<r/>")));
        assertEquals(415, xml.statusCode(), xml.body());
        assertTrue(JSON.readTree(xml.body()).get("detail").asText().contains("application/x-www-form-urlencoded"));
        assertEquals(415, admin.send(admin.request("/api/v1/assignments").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<assignment/>"))).statusCode());
        HttpResponse<String> rawFile = ta.send(ta.request(group + "/submission_files?filename=layout.xml")
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<layout/>")));
        assertEquals(201, rawFile.statusCode(), rawFile.body());
    }
}
