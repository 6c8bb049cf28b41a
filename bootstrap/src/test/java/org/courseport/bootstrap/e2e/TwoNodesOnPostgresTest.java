package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.persistence.database.DatabaseSettings;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.bootstrap.testing.Cli;
import org.courseport.bootstrap.testing.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two {@code serve} processes on one PostgreSQL, as behind a load balancer: they start together, one
 * of them creates the admin, and what is written through one is seen through the other at once. Both cache
 * checked tokens and read users (the default): a token revoked or replaced, or a user changed, through one
 * node or the {@code token} command, is refused, or seen changed, by every node within a second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresTest {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private TwoNodes nodes;
    private ApiClient eastAdmin;
    private ApiClient westAdmin;

    @BeforeAll
    void startTwoNodes() {
        nodes = TwoNodes.start();
        eastAdmin = nodes.eastAdmin;
        westAdmin = nodes.westAdmin;
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        if (nodes != null) {
            nodes.close();
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
        assertWithinASecond(401, westAdmin.as(firstToken), "on the other node, whose cache held it");
        assertEquals(200, westAdmin.as(secondToken).get("api/v1/users.json").statusCode());
    }

    @Test
    void aNamedTokenRevokedOnOneNodeIsRefusedOnTheOtherWithinASecondThoughCached() {
        String id = user("ada");
        HttpResponse<String> made = westAdmin.postForm("api/v1/users/" + id + "/tokens.json",
                fields("name", "ci", "scopes", "users:read"));
        assertEquals(201, made.statusCode(), made.body());
        String token = first(TOKEN, made.body());
        String tokenId = first(ID, made.body());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, eastAdmin.as(token).get("api/v1/users.json").statusCode(), "cached on the east node");
        }

        assertEquals(204, westAdmin.delete("api/v1/users/" + id + "/tokens/" + tokenId).statusCode());

        assertEquals(401, westAdmin.as(token).get("api/v1/users.json").statusCode());
        assertWithinASecond(401, eastAdmin.as(token), "on the node that cached it");
    }

    @Test
    void aTokenReplacedByTheCommandOrAUserChangedOnOneNodeIsHeardByEveryNodeWithinASecond() {
        String id = user("edsger");
        String older = first(TOKEN, westAdmin.postForm("api/v1/users/" + id + "/tokens.json", fields("name", "ci")).body());
        assertEquals(200, eastAdmin.as(older).get("api/v1/users.json").statusCode());
        assertEquals(200, westAdmin.as(older).get("api/v1/users.json").statusCode());

        DatabaseSettings store = nodes.database().settings();
        Cli.Result issued = Cli.run(Map.of("COURSEPORT_DB_PASSWORD", store.password()), "token", "--user", "edsger",
                "--name", "ci", "--scopes", "users:read,grading:read", "--courses", "0", "--expires", "2099-01-01T00:00:00Z",
                "--db-url", store.url(), "--db-user", store.user());
        assertEquals(0, issued.exitCode(), issued.err());
        String newer = issued.out().strip();
        assertTrue(newer.startsWith("cpt_"), newer);
        assertWithinASecond(401, eastAdmin.as(older), "east, after the command replaced the token");
        assertWithinASecond(401, westAdmin.as(older), "west, after the command replaced the token");
        assertEquals(200, eastAdmin.as(newer).get("api/v1/users.json").statusCode());
        assertEquals(200, westAdmin.as(newer).get("api/v1/users.json").statusCode());

        assertEquals(200, eastAdmin.putForm("api/v1/users/" + id + ".json", fields("type", "student")).statusCode());
        assertWithinASecond(403, westAdmin.as(newer), "west, after east made the TA a student");
    }

    @Test
    void aUserCachedOnOneNodeAndChangedOrDeletedOnTheOtherIsSeenSoWithinASecond() {
        String id = user("barbara");
        String path = "api/v1/users/" + id + ".json";
        for (int i = 0; i < 3; i++) {
            assertTrue(westAdmin.get(path).body().contains("\"first_name\":\"barbara\""), "read, and kept, on the west node");
        }

        assertEquals(200, eastAdmin.putForm(path, fields("first_name", "Barbara")).statusCode());
        assertWithinASecond(path, r -> r.body().contains("\"first_name\":\"Barbara\""), westAdmin, "west, after east renamed her");

        assertEquals(204, eastAdmin.delete("api/v1/users/" + id).statusCode());
        assertWithinASecond(path, r -> r.statusCode() == 404, westAdmin, "west, after east deleted her");
    }

    private String user(String name) {
        HttpResponse<String> created = eastAdmin.postForm("api/v1/users.json",
                fields("user_name", name, "type", "ta", "first_name", name, "last_name", "Test"));
        assertEquals(201, created.statusCode(), created.body());
        return first(ID, created.body());
    }

    /** The client's GET of the users answers {@code status} within a second, polled. */
    private static void assertWithinASecond(int status, ApiClient client, String where) {
        assertWithinASecond("api/v1/users.json", r -> r.statusCode() == status, client, where + ": " + status);
    }

    /** The client's GET of {@code path} answers as {@code expected} within a second, polled. */
    private static void assertWithinASecond(String path, Predicate<HttpResponse<String>> expected, ApiClient client, String where) {
        long start = System.nanoTime();
        long elapsedMillis;
        HttpResponse<String> last;
        do {
            last = client.get(path);
            elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            if (expected.test(last)) {
                break;
            }
            sleep();
        } while (elapsedMillis < 3_000);
        assertTrue(expected.test(last), where + ": " + last.statusCode() + " " + last.body());
        assertTrue(elapsedMillis <= 1_000, where + ": took " + elapsedMillis + " ms");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), () -> "no " + pattern + " in " + body);
        return matcher.group(1);
    }
}
