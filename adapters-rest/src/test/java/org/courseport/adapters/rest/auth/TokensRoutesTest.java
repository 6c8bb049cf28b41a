package org.courseport.adapters.rest.auth;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.FullApiServer;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A user's named tokens through the API: made (shown once), listed (never the secret), revoked at once. */
class TokensRoutesTest {
    private static FullApiServer server;
    private static ApiClient admin;
    private static long tessId;
    private static ApiClient tess;

    @BeforeAll
    static void start() {
        server = new FullApiServer();
        admin = server.admin();
        HttpResponse<String> made = admin.postForm("/api/v1/users.json", fields("user_name", "tess", "type", "ta",
                "first_name", "Tess", "last_name", "Grader"));
        assertEquals(201, made.statusCode(), made.body());
        tessId = json(made).get("id").asLong();
        tess = admin.as(json(admin.postForm("/api/v1/users/" + tessId + "/token.json", fields())).get("token").asText());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return MarkusClient.parse(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String tokens(long user) {
        return "/api/v1/users/" + user + "/tokens";
    }

    @Test
    void aUserMakesListsAndRevokesTheirOwnTokens() {
        HttpResponse<String> made = tess.postForm(tokens(tessId) + ".json", fields("name", "ci", "scopes", "grading:read,results:write",
                "courses", "0", "expires_at", "2099-01-01T00:00:00Z"));

        assertEquals(201, made.statusCode(), made.body());
        assertEquals("no-store", made.headers().firstValue("Cache-Control").orElseThrow());
        JsonNode token = json(made);
        String secret = token.get("token").asText();
        assertTrue(secret.startsWith("cpt_"));
        assertEquals("grading:read results:write", token.get("scopes").asText());
        assertEquals("0", token.get("courses").asText());
        assertEquals("2099-01-01T00:00:00Z", token.get("expires_at").asText());
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith(tokens(tessId) + "/" + token.get("id").asLong()));

        ApiClient ci = tess.as(secret);
        assertEquals(200, ci.get("/api/v1/assignments.json").statusCode());
        HttpResponse<String> refused = ci.get("/api/v1/users.json");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("lacks the scope users:read"), refused.body());

        HttpResponse<String> listed = tess.get(tokens(tessId) + ".json");
        assertEquals(200, listed.statusCode(), listed.body());
        assertFalse(listed.body().contains(secret));
        assertFalse(listed.body().contains("\"token\""), listed.body());
        assertEquals("default", json(listed).get(0).get("name").asText());
        assertTrue(json(listed).get(0).get("courses").isNull());
        assertEquals("ci", json(listed).get(1).get("name").asText());
        assertFalse(json(listed).get(1).get("last_used_at").isNull(), "used just now");
        assertTrue(tess.get(tokens(tessId) + ".csv").body().startsWith("id,name,scopes,courses,created_at,expires_at,last_used_at"));

        assertEquals(204, tess.delete(tokens(tessId) + "/" + token.get("id").asLong()).statusCode());
        assertEquals(401, ci.get("/api/v1/assignments.json").statusCode());
        assertEquals(404, tess.delete(tokens(tessId) + "/" + token.get("id").asLong()).statusCode());
    }

    @Test
    void aNameIsUniqueAmongAUsersTokens() {
        assertEquals(201, tess.postForm(tokens(tessId) + ".json", fields("name", "twice")).statusCode());
        assertEquals(409, tess.postForm(tokens(tessId) + ".json", fields("name", "twice")).statusCode());
        assertEquals(400, tess.postForm(tokens(tessId) + ".json", fields("name", "no spaces")).statusCode());
        assertEquals(400, tess.postForm(tokens(tessId) + ".json", fields("name", "x", "scopes", "grading:everything")).statusCode());
        assertEquals(400, tess.postForm(tokens(tessId) + ".json", fields("name", "y", "expires_at", "tomorrow")).statusCode());
    }

    @Test
    void onlyAnAdminManagesAnotherUsersTokens() {
        assertEquals(403, tess.get(tokens(1) + ".json").statusCode());
        assertEquals(403, tess.postForm(tokens(1) + ".json", fields("name", "mine-now")).statusCode());
        assertEquals(200, admin.get(tokens(tessId) + ".json").statusCode());
        HttpResponse<String> forTess = admin.postForm(tokens(tessId) + ".json", fields("name", "given"));
        assertEquals(201, forTess.statusCode(), forTess.body());
        assertEquals(204, admin.delete(tokens(tessId) + "/" + json(forTess).get("id").asLong()).statusCode());
    }

    @Test
    void aScopedTokenCannotMakeAWiderOne() {
        String narrow = json(tess.postForm(tokens(tessId) + ".json", fields("name", "narrow", "scopes", "users:write")))
                .get("token").asText();
        HttpResponse<String> wider = tess.as(narrow).postForm(tokens(tessId) + ".json", fields("name", "wider", "scopes",
                "users:write admin"));
        assertEquals(403, wider.statusCode());
        assertTrue(wider.body().contains("cannot give scopes it lacks: admin"), wider.body());
    }

    @Test
    void aLimitedTokenListsOnlyItsCourses() {
        long course = MarkusClient.body(new MarkusClient(admin).query("POST", "courses", "name", "lim", "display_name", "L"))
                .get("id").asLong();
        String limited = json(admin.postForm(tokens(1) + ".json", fields("name", "only-" + course, "courses", String.valueOf(course))))
                .get("token").asText();

        JsonNode listed = MarkusClient.body(new MarkusClient(admin.as(limited)).query("GET", "courses"));

        assertEquals(1, listed.size(), listed.toString());
        assertEquals(course, listed.get(0).get("id").asLong());
    }
}
