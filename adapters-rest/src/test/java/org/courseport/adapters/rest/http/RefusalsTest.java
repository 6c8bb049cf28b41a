package org.courseport.adapters.rest.http;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.UsersApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every refusal is a problem document that names its cause, in the format the caller asked for. */
class RefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static UsersApiServer server;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        server = new UsersApiServer();
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("type").asText().startsWith("https://courseport.org/problems/"));
        assertFalse(response.body().contains("Exception"), "no stack trace or class name: " + response.body());
        return problem;
    }

    @Test
    void noTokenIs401WithAChallengeEvenForRoutesThatDoNotExist() throws Exception {
        for (String path : new String[] {"/api/v1/users", "/api/v1/users/999999", "/api/v1/nothing-here"}) {
            HttpResponse<String> response = server.anonymous().get(path, "application/json");
            problem(response, 401);
            assertTrue(response.headers().allValues("WWW-Authenticate").contains("MarkUsAuth realm=\"courseport\""));
        }
    }

    @Test
    void malformedAndUnknownTokensAre401() throws Exception {
        problem(admin.as("garbage").get("/api/v1/users", "application/json"), 401);
        String unknown = "cpt_" + "A".repeat(43);
        problem(admin.as(unknown).get("/api/v1/users", "application/json"), 401);
        HttpResponse<String> wrongScheme = admin.send(admin.anonymousRequest("/api/v1/users")
                .header("Authorization", "Basic " + server.adminToken).header("Accept", "application/json"));
        problem(wrongScheme, 401);
    }

    @Test
    void theOtherSchemesAreAccepted() {
        for (String scheme : new String[] {"Bearer", "Token", "markusauth"}) {
            HttpResponse<String> response = admin.send(admin.anonymousRequest("/api/v1/users")
                    .header("Authorization", scheme + " " + server.adminToken));
            assertEquals(200, response.statusCode(), scheme);
        }
    }

    @Test
    void rolesAre403() throws Exception {
        assertEquals(200, server.ta().get("/api/v1/users").statusCode());
        HttpResponse<String> taCreates = server.ta().send(server.ta().request("/api/v1/users")
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user_name=x&type=student&first_name=X&last_name=Y")));
        assertTrue(problem(taCreates, 403).get("detail").asText().contains("ta may not"));
        problem(server.student().get("/api/v1/users/1", "application/json"), 403);
    }

    @Test
    void badCollectionParametersAre400NamingTheCause() throws Exception {
        JsonNode unknownFilter = problem(admin.get("/api/v1/users.json?filter=password:x"), 400);
        assertTrue(unknownFilter.get("detail").asText().contains("allowed: id, user_name"));
        assertEquals("filter", unknownFilter.get("errors").get(0).get("field").asText());
        problem(admin.get("/api/v1/users.json?fields=id,secret"), 400);
        assertEquals("limit", problem(admin.get("/api/v1/users.json?limit=-1"), 400)
                .get("errors").get(0).get("field").asText());
        problem(admin.get("/api/v1/users.json?offset=ten"), 400);
        problem(admin.get("/api/v1/users.json?sort=nope"), 400);
    }

    @Test
    void badIdsAndMissingUsers() throws Exception {
        problem(admin.get("/api/v1/users/abc.json"), 400);
        assertTrue(problem(admin.get("/api/v1/users/424242.json"), 404).get("detail").asText().contains("424242"));
    }

    @Test
    void duplicateNamesAre409AndMissingFieldsAre400() throws Exception {
        var bob = fields("user_name", "bob", "type", "student", "first_name", "Bob", "last_name", "S");
        assertEquals(201, admin.postForm("/api/v1/users", bob).statusCode());
        problem(admin.postForm("/api/v1/users.json", bob), 409);
        JsonNode missing = problem(admin.postForm("/api/v1/users.json", fields("user_name", "zed", "type", "student")), 400);
        assertEquals("first_name", missing.get("errors").get(0).get("field").asText());
        problem(admin.postForm("/api/v1/users.json", fields("user_name", "zed", "type", "wizard",
                "first_name", "Z", "last_name", "Z")), 400);
    }

    @Test
    void malformedBodiesAre400() throws Exception {
        HttpResponse<String> form = admin.send(admin.request("/api/v1/users.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user_name=%zz&type=student")));
        assertTrue(problem(form, 400).get("detail").asText().contains("form body is malformed"));
        HttpResponse<String> json = admin.postJson("/api/v1/users", "{\"user_name\": ");
        assertTrue(problem(json, 400).get("detail").asText().contains("JSON body is malformed"));
    }

    @Test
    void xmlWasAskedSoTheProblemIsXml() {
        HttpResponse<String> response = admin.get("/api/v1/users/424242.xml");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+xml", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("<status>404</status>"), response.body());
    }

    @Test
    void frameworkRefusalsAreProblemsToo() throws Exception {
        problem(admin.get("/api/v1/users", "text/html"), 406);
        problem(admin.send(admin.request("/api/v1/users/1").header("Accept", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.noBody())), 405);
        problem(admin.get("/api/v1/no-such-route.json"), 404);
    }
}
