package org.courseport.adapters.rest.user;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.UsersApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsersRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static UsersApiServer server;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        server = new UsersApiServer();
        admin = server.admin();
        for (String name : List.of("alice", "bob", "carol")) {
            assertEquals(201, admin.postForm("/api/v1/users", fields("user_name", name, "type", "student",
                    "first_name", name.toUpperCase(), "last_name", "Student", "section_name", "L0101")).statusCode());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void createAnswers201WithLocationAndTheUser() throws Exception {
        HttpResponse<String> created = admin.send(admin.request("/api/v1/users")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.form(fields("user_name", "dave", "type", "TA",
                        "first_name", "Dave", "last_name", "Grader", "email", "dave@uni.edu", "grace_credits", "2")))));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode dave = json(created);
        assertEquals("ta", dave.get("type").asText());
        assertEquals(2, dave.get("grace_credits").asInt());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/users/" + dave.get("id").asLong()), location);
        assertEquals("dave@uni.edu", json(admin.get(location.substring(location.indexOf("/api")), "application/json"))
                .get("email").asText());
    }

    @Test
    void aNameTakenInAnotherLetterCaseIs409AndNamesAreKeptInNfc() throws Exception {
        assertEquals(201, admin.postForm("/api/v1/users.json", fields("user_name", "Zoe.Case", "type", "ta",
                "first_name", "Zoe", "last_name", "Case")).statusCode());
        HttpResponse<String> twin = admin.postForm("/api/v1/users.json", fields("user_name", "zoe.case", "type", "ta",
                "first_name", "Zoe", "last_name", "Twin"));
        assertEquals(409, twin.statusCode(), twin.body());
        assertTrue(twin.body().contains("zoe.case"), twin.body());

        HttpResponse<String> decomposed = admin.postForm("/api/v1/users.json", fields("user_name", "rene\u0301e",
                "type", "ta", "first_name", "Renée", "last_name", "Nfc"));
        assertEquals(201, decomposed.statusCode(), decomposed.body());
        assertEquals("ren\u00e9e", json(decomposed).get("user_name").asText());
        assertEquals(409, admin.postForm("/api/v1/users.json", fields("user_name", "REN\u00c9E", "type", "student",
                "first_name", "R", "last_name", "N")).statusCode());
    }

    @Test
    void jsonBodiesUseTheSameFieldNames() throws Exception {
        HttpResponse<String> created = admin.postJson("/api/v1/users",
                "{\"user_name\":\"erin\",\"type\":\"student\",\"first_name\":\"Erin\",\"last_name\":\"S\",\"grace_credits\":1}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, json(created).get("grace_credits").asInt());
    }

    @Test
    void xmlIsTheDefaultAndTheReferenceShape() {
        HttpResponse<String> response = admin.get("/api/v1/users/1");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        assertTrue(response.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), response.body());
        assertTrue(response.body().contains("<user-name>admin</user-name>"), response.body());
        assertTrue(response.body().contains("<email nil=\"true\"/>"), response.body());
        assertTrue(admin.get("/api/v1/users/1", "*/*").body().contains("<user>"));
    }

    @Test
    void theExtensionWinsOverAccept() throws Exception {
        HttpResponse<String> response = admin.get("/api/v1/users/1.json", "application/xml");
        assertEquals("application/json;charset=UTF-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("admin", json(response).get("user_name").asText());
        assertTrue(admin.get("/api/v1/users.xml", "application/json").body().contains("<users type=\"array\">"));
    }

    @Test
    void unversionedPathsServeV1() {
        HttpResponse<String> response = admin.get("/api/users.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<user-name>alice</user-name>"));
    }

    @Test
    void csvListsTheSelectedFieldsWithASnakeCaseHeader() {
        HttpResponse<String> response = admin.get("/api/v1/users.csv?fields=user_name,section_name&filter=type:student");
        assertEquals(200, response.statusCode());
        assertEquals("user_name,section_name\r\ns1,\r\nalice,L0101\r\nbob,L0101\r\ncarol,L0101\r\n",
                response.body().replaceAll("(?m)^(dave|erin),.*\r\n", ""));
    }

    @Test
    void fieldsApplyInXmlAndJson() throws Exception {
        JsonNode rows = json(admin.get("/api/v1/users.json?fields=id,user_name"));
        rows.forEach(row -> assertEquals(List.of("id", "user_name"), iterate(row)));
        String xml = admin.get("/api/v1/users.xml?fields=user_name").body();
        assertFalse(xml.contains("<first-name>"));
        assertTrue(xml.contains("<user-name>bob</user-name>"));
    }

    private static List<String> iterate(JsonNode row) {
        List<String> names = new java.util.ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void filtersCompareTextWithoutCase() throws Exception {
        JsonNode rows = json(admin.get("/api/v1/users.json?filter=first_name:aLiCe"));
        assertEquals(1, rows.size());
        assertEquals("alice", rows.get(0).get("user_name").asText());
        assertEquals(1, json(admin.get("/api/v1/users.json?filter=type:Ta")).findValues("user_name").stream()
                .filter(n -> n.asText().equals("ta1")).count());
    }

    @Test
    void oldClientsSendParametersInTheBodyOfAGet() throws Exception {
        HttpResponse<String> response = admin.send(admin.request("/api/users.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("GET", HttpRequest.BodyPublishers.ofString("filter=user_name:bob&fields=user_name")));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("[{\"user_name\":\"bob\"}]", response.body());
    }

    @Test
    void pagesCarryLinksAndTheTotal() throws Exception {
        HttpResponse<String> response = admin.get("/api/v1/users.json?filter=last_name:Student&limit=1&offset=1&sort=user_name");
        assertEquals("3", response.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("bob", json(response).get(0).get("user_name").asText());
        String links = String.join(",", response.headers().allValues("Link"));
        for (String rel : List.of("first", "prev", "next", "last")) {
            assertTrue(links.contains("rel=\"" + rel + "\""), links);
        }
        assertTrue(links.contains("offset=2"), links);
        assertFalse(admin.get("/api/v1/users.json").headers().firstValue("X-Total-Count").isPresent());
    }

    @Test
    void sortingDescendingReversesTheOrder() throws Exception {
        JsonNode rows = json(admin.get("/api/v1/users.json?filter=last_name:Student&sort=-user_name"));
        assertEquals("carol", rows.get(0).get("user_name").asText());
    }

    @Test
    void updateChangesOnlyTheGivenAttributes() throws Exception {
        long id = json(admin.postForm("/api/v1/users.json", fields("user_name", "frank", "type", "student",
                "first_name", "Frank", "last_name", "Old"))).get("id").asLong();
        HttpResponse<String> updated = admin.send(admin.request("/api/v1/users/" + id + ".json")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"last_name\":\"New\",\"section_name\":\"L2\"}")));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Frank", json(updated).get("first_name").asText());
        assertEquals("New", json(updated).get("last_name").asText());
        assertEquals(204, admin.delete("/api/v1/users/" + id).statusCode());
        assertEquals(404, admin.get("/api/v1/users/" + id).statusCode());
    }

    @Test
    void aNewTokenReplacesTheUsersOldOne() throws Exception {
        long id = json(admin.postForm("/api/v1/users.json", fields("user_name", "gina", "type", "ta",
                "first_name", "Gina", "last_name", "T"))).get("id").asLong();
        HttpResponse<String> first = admin.postForm("/api/v1/users/" + id + "/token.json", fields());
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("no-store", first.headers().firstValue("Cache-Control").orElseThrow());
        ApiClient gina = admin.as(json(first).get("token").asText());
        assertEquals(200, gina.get("/api/v1/users").statusCode());
        admin.postForm("/api/v1/users/" + id + "/token", fields());
        assertEquals(401, gina.get("/api/v1/users").statusCode());
    }
}
