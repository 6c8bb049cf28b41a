package org.courseport.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two {@code serve} processes on one PostgreSQL, as behind a load balancer: they start together, one
 * of them creates the admin, and what is written through one is seen through the other at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresTest {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    /** Under target, not a temporary directory, so the nodes' logs stay for a look after a failure. */
    private final Path nodes = Path.of("target", "e2e-nodes", UUID.randomUUID().toString()).toAbsolutePath();
    private final HttpClient client = HttpClient.newHttpClient();
    private TestDatabase database;
    private ServerProcess east;
    private ServerProcess west;
    private String admin;

    @BeforeAll
    void startTwoNodesTogether() {
        database = TestDatabases.postgres();
        east = ServerProcess.launch(nodes.resolve("east"), database.settings());
        west = ServerProcess.launch(nodes.resolve("west"), database.settings());
        east.awaitHealthy();
        west.awaitHealthy();
        List<String> tokens = java.util.stream.Stream.of(east.adminToken(), west.adminToken())
                .flatMap(Optional::stream).toList();
        assertEquals(1, tokens.size(), "exactly one node creates the first admin");
        admin = tokens.get(0);
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        try {
            if (east != null) {
                assertEquals(0, east.stop(), east.log());
            }
            if (west != null) {
                assertEquals(0, west.stop(), west.log());
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void aUserCreatedOnOneNodeIsSeenOnTheOtherAtOnce() throws Exception {
        HttpResponse<String> created = send(east.uri("api/v1/users.json"), admin, "POST",
                "user_name=grace&type=ta&first_name=Grace&last_name=Hopper");
        assertEquals(201, created.statusCode(), created.body());
        String id = first(ID, created.body());

        HttpResponse<String> seen = send(west.uri("api/v1/users/" + id + ".json"), admin, "GET", null);
        assertEquals(200, seen.statusCode(), seen.body());
        assertTrue(seen.body().contains("\"user_name\":\"grace\""), seen.body());

        HttpResponse<String> duplicate = send(west.uri("api/v1/users.json"), admin, "POST",
                "user_name=grace&type=ta&first_name=Other&last_name=Grace");
        assertEquals(409, duplicate.statusCode(), duplicate.body());
    }

    @Test
    void aTokenIssuedOnOneNodeWorksOnTheOtherAndItsReplacementRevokesItEverywhere() throws Exception {
        HttpResponse<String> created = send(west.uri("api/v1/users.json"), admin, "POST",
                "user_name=alan&type=ta&first_name=Alan&last_name=Turing");
        assertEquals(201, created.statusCode(), created.body());
        String id = first(ID, created.body());
        String firstToken = first(TOKEN, send(west.uri("api/v1/users/" + id + "/token.json"), admin, "POST", "").body());

        assertEquals(200, send(east.uri("api/v1/users.json"), firstToken, "GET", null).statusCode());

        String secondToken = first(TOKEN, send(east.uri("api/v1/users/" + id + "/token.json"), admin, "POST", "").body());
        assertEquals(401, send(west.uri("api/v1/users.json"), firstToken, "GET", null).statusCode());
        assertEquals(200, send(west.uri("api/v1/users.json"), secondToken, "GET", null).statusCode());
    }

    private HttpResponse<String> send(URI uri, String token, String method, String form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
        if (form == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), () -> "no " + pattern + " in " + body);
        return matcher.group(1);
    }
}
