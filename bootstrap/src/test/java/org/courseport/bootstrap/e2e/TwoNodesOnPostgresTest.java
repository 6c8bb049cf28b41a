package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.courseport.adapters.persistence.database.TestDatabase;
import org.courseport.adapters.persistence.database.TestDatabases;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.bootstrap.testing.ServerProcess;
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
    private TestDatabase database;
    private ServerProcess east;
    private ServerProcess west;
    private ApiClient eastAdmin;
    private ApiClient westAdmin;

    @BeforeAll
    void startTwoNodesTogether() {
        database = TestDatabases.postgres();
        east = ServerProcess.launch(nodes.resolve("east"), database.settings());
        west = ServerProcess.launch(nodes.resolve("west"), database.settings());
        east.awaitHealthy();
        west.awaitHealthy();
        List<String> tokens = Stream.of(east.adminToken(), west.adminToken()).flatMap(Optional::stream).toList();
        assertEquals(1, tokens.size(), "exactly one node creates the first admin");
        eastAdmin = east.client(tokens.get(0));
        westAdmin = west.client(tokens.get(0));
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        try {
            List<ServerProcess> started = Stream.of(east, west).filter(node -> node != null).toList();
            started.forEach(ServerProcess::requestStop);
            for (ServerProcess node : started) {
                assertEquals(0, node.awaitExit(), node.log());
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void aUserCreatedOnOneNodeIsSeenOnTheOtherAtOnce() {
        HttpResponse<String> created = eastAdmin.postForm("api/v1/users.json",
                fields("user_name", "grace", "type", "ta", "first_name", "Grace", "last_name", "Hopper"));
        assertEquals(201, created.statusCode(), created.body());
        String id = first(ID, created.body());

        HttpResponse<String> seen = westAdmin.get("api/v1/users/" + id + ".json");
        assertEquals(200, seen.statusCode(), seen.body());
        assertTrue(seen.body().contains("\"user_name\":\"grace\""), seen.body());

        HttpResponse<String> duplicate = westAdmin.postForm("api/v1/users.json",
                fields("user_name", "grace", "type", "ta", "first_name", "Other", "last_name", "Grace"));
        assertEquals(409, duplicate.statusCode(), duplicate.body());
    }

    @Test
    void aTokenIssuedOnOneNodeWorksOnTheOtherAndItsReplacementRevokesItEverywhere() {
        HttpResponse<String> created = westAdmin.postForm("api/v1/users.json",
                fields("user_name", "alan", "type", "ta", "first_name", "Alan", "last_name", "Turing"));
        assertEquals(201, created.statusCode(), created.body());
        String id = first(ID, created.body());
        String firstToken = first(TOKEN, westAdmin.postForm("api/v1/users/" + id + "/token.json", fields()).body());

        assertEquals(200, eastAdmin.as(firstToken).get("api/v1/users.json").statusCode());
        assertEquals(200, westAdmin.as(firstToken).get("api/v1/users.json").statusCode());

        String secondToken = first(TOKEN, eastAdmin.postForm("api/v1/users/" + id + "/token.json", fields()).body());
        assertEquals(401, eastAdmin.as(firstToken).get("api/v1/users.json").statusCode(), "at once on the node that replaced it");
        assertEquals(401, westAdmin.as(firstToken).get("api/v1/users.json").statusCode(),
                "at once on the other node too: by default no node caches tokens");
        assertEquals(200, westAdmin.as(secondToken).get("api/v1/users.json").statusCode());
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), () -> "no " + pattern + " in " + body);
        return matcher.group(1);
    }
}
