package org.courseport.adapters.rest.http;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.UsersApiServer;
import org.courseport.domain.user.NewUser;
import org.courseport.domain.user.PersonalDetails;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Text that could not be written back is refused wherever it comes in (form, JSON, query string),
 * naming the field; what the server writes (collections, problems) always parses; and the other
 * edges of a request's syntax: a JSON key given twice, a body type no route reads, paging links.
 */
class TextRefusalsTest {
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

    /** Whatever a test sent, the collection can still be read back by an XML parser, and as CSV. */
    @AfterEach
    void theCollectionStillParses() throws Exception {
        parseXml(admin.get("/api/v1/users.xml"));
        assertEquals(200, admin.get("/api/v1/users.csv").statusCode());
    }

    private static Document parseXml(HttpResponse<String> response) throws Exception {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = JSON.readTree(response.body());
        if (field != null) {
            assertEquals(field, problem.get("errors").get(0).get("field").asText(), response.body());
        }
        assertFalse(response.body().contains("Exception"), response.body());
        return problem;
    }

    private static HttpResponse<String> postFormBytes(String path, byte[] body) {
        return admin.send(admin.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpResponse<String> postJsonBytes(String path, byte[] body) {
        return admin.send(admin.request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private static final String USER = "user_name=u%d&type=student&last_name=L&first_name=";

    @Test
    void aLoneSurrogateInJsonIsRefusedNamingTheField() throws Exception {
        JsonNode lone = problem(admin.postJson("/api/v1/users",
                "{\"user_name\":\"lone\",\"type\":\"student\",\"first_name\":\"\\ud800\",\"last_name\":\"L\"}"), 400, "first_name");
        assertTrue(lone.get("detail").asText().contains("lone surrogate U+D800"), lone.toString());
        problem(admin.postJson("/api/v1/users",
                "{\"user_name\":\"lone\",\"type\":\"student\",\"first_name\":\"F\",\"last_name\":\"\\udc00x\"}"), 400, "last_name");
        assertEquals("[]", admin.get("/api/v1/users.json?filter=user_name:lone").body(), "nothing was stored");
    }

    @Test
    void aSurrogatePairIsText() throws Exception {
        HttpResponse<String> created = admin.postJson("/api/v1/users",
                "{\"user_name\":\"emoji\",\"type\":\"student\",\"first_name\":\"\\ud83d\\ude00\",\"last_name\":\"Tab\\tLine\\r\\n\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("😀", JSON.readTree(created.body()).get("first_name").asText());
    }

    @Test
    void controlCharactersAreRefusedInFormJsonAndQuery() throws Exception {
        JsonNode form = problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 1), "A%01B")), 400, "first_name");
        assertTrue(form.get("detail").asText().contains("control character U+0001 at character 2"), form.toString());
        problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 2), "%7F")), 400, "first_name");
        problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 3), "%C2%85")), 400, "first_name");
        problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 4), "%EF%BF%BF")), 400, "first_name");
        problem(admin.postJson("/api/v1/users",
                "{\"user_name\":\"c\",\"type\":\"student\",\"first_name\":\"\\u0000\",\"last_name\":\"L\"}"), 400, "first_name");
        problem(admin.send(admin.request("/api/v1/users?first_name=x%1Fy").header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user_name=q&type=student&last_name=L"))), 400, "first_name");
        problem(admin.get("/api/v1/users.json?filter=last_name:%00"), 400, "filter");
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() throws Exception {
        JsonNode raw = problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 5), new byte[] {(byte) 0xFF})),
                400, "first_name");
        assertTrue(raw.get("detail").asText().contains("not UTF-8"), raw.toString());
        problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 6), "%C3%28")), 400, "first_name");
        problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 7), "%ED%A0%80")), 400, "first_name");
        problem(postJsonBytes("/api/v1/users", bytes("{\"user_name\":\"j\",\"type\":\"student\",\"last_name\":\"L\","
                + "\"first_name\":\"", new byte[] {(byte) 0xC3, '('}, "\"}")), 400, "first_name");
        problem(admin.get("/api/v1/users.json?filter=last_name:%FF"), 400, "filter");
        JsonNode name = problem(postFormBytes("/api/v1/users", bytes("%FF=x")), 400, null);
        assertTrue(name.get("detail").asText().contains("parameter name"), name.toString());
    }

    /** The JDK's client will not send a bad escape in a URI, but a form body can hold one. */
    @Test
    void percentEscapesMustBeWhole() throws Exception {
        assertTrue(problem(postFormBytes("/api/v1/users", bytes(String.format(USER, 8), "x%4")), 400, null)
                .get("detail").asText().contains("form body is malformed"));
    }

    @Test
    void problemsEchoingInputAreWellFormedAndShort() throws Exception {
        HttpResponse<String> xml = admin.get("/api/v1/users/%01.xml");
        assertEquals(400, xml.statusCode(), xml.body());
        assertEquals("application/problem+xml", xml.headers().firstValue("Content-Type").orElseThrow());
        String detail = parseXml(xml).getElementsByTagNameNS("urn:ietf:rfc:7807", "detail").item(0).getTextContent();
        assertTrue(detail.contains("'\uFFFD'"), detail);

        HttpResponse<String> longId = admin.get("/api/v1/users/" + "9x".repeat(2000) + ".xml");
        String echoed = parseXml(longId).getElementsByTagNameNS("urn:ietf:rfc:7807", "detail").item(0).getTextContent();
        assertTrue(echoed.length() < 200 && echoed.contains("…"), echoed);
        parseXml(admin.get("/api/v1/users.xml?limit=%01"));
    }

    @Test
    void storedTextThatPredatesTheRuleIsWrittenWellFormed() throws Exception {
        server.users.create(new NewUser(new UserName("legacy"), UserType.STUDENT,
                new PersonalDetails("Bad\uD800", "Ctl\u0001\u007Fx", null, null, 0)), Instant.now());
        Document users = parseXml(admin.get("/api/v1/users.xml?filter=user_name:legacy"));
        assertEquals("Bad\uFFFD", users.getElementsByTagName("first-name").item(0).getTextContent());
        assertEquals("Ctl\uFFFD\uFFFDx", users.getElementsByTagName("last-name").item(0).getTextContent());
        String csv = admin.get("/api/v1/users.csv?filter=user_name:legacy&fields=first_name").body();
        assertEquals("first_name\r\nBad\uFFFD\r\n", csv);
    }

    @Test
    void aJsonKeyGivenTwiceIs400NamingIt() throws Exception {
        JsonNode twice = problem(admin.postJson("/api/v1/users",
                "{\"user_name\":\"a\",\"type\":\"student\",\"first_name\":\"F\",\"last_name\":\"L\",\"user_name\":\"b\"}"),
                400, "user_name");
        assertTrue(twice.get("detail").asText().contains("more than once"), twice.toString());
    }

    @Test
    void aCreateWithAnXmlBodyIs415NamingTheTypesTaken() throws Exception {
        HttpResponse<String> xml = admin.send(admin.request("/api/v1/users").header("Accept", "application/json")
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<user><user-name>x</user-name></user>")));
        String detail = problem(xml, 415, null).get("detail").asText();
        for (String type : List.of("application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/json")) {
            assertTrue(detail.contains(type), detail);
        }
        problem(admin.send(admin.request("/api/v1/users/1").header("Accept", "application/json")
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("first_name=x"))), 415, null);
        assertEquals(200, admin.send(admin.request("/api/v1/users.json").header("Content-Type", "application/xml")
                .GET()).statusCode(), "a type on a request without a body is no body");
    }

    @Test
    void linksNeverOfferAnOffsetPastTheTotalNorAnOverflowedOne() {
        for (String query : List.of("limit=2147483647&offset=2147483647", "limit=9223372036854775807&offset=1",
                "limit=9223372036854775807&offset=9223372036854775807", "limit=2&offset=100", "limit=1&offset=0")) {
            HttpResponse<String> page = admin.get("/api/v1/users.json?" + query);
            assertEquals(200, page.statusCode(), query + ": " + page.body());
            long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
            String links = String.join(",", page.headers().allValues("Link"));
            Matcher offsets = Pattern.compile("offset=(-?\\d+)").matcher(links);
            int found = 0;
            while (offsets.find()) {
                long offset = Long.parseLong(offsets.group(1));
                assertTrue(offset >= 0 && offset < Math.max(total, 1), query + ": " + links);
                found++;
            }
            assertTrue(found >= 2, links);
            assertEquals(query.endsWith("offset=0") && total > 1, links.contains("rel=\"next\""), query + ": " + links);
        }
    }
}
