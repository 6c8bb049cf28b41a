package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.bootstrap.testing.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two {@code serve} processes on one PostgreSQL share each token's allowance (their counts meet in the
 * database every fraction of a second) and one audit log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsAndAuditOnTwoNodesTest {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    /** An hour-long window, so that the test never straddles two. */
    private static final int READS = 12;
    /** Longer than the nodes' sync period (250 ms) with room for a busy machine. */
    private static final long SYNCED_MILLIS = 1500;

    private TwoNodes nodes;
    private ApiClient eastAdmin;
    private ApiClient westAdmin;

    @BeforeAll
    void startTwoNodes() {
        nodes = TwoNodes.start("--rate-limit-read", READS + "/1h", "--rate-limit-write", "100/1h");
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
    void aTokensReadsAreCountedOnceAcrossBothNodes() throws InterruptedException {
        String robot = robotToken("robot");
        ApiClient onEast = eastAdmin.as(robot);
        ApiClient onWest = westAdmin.as(robot);
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> read = onEast.get("api/v1/users.json");
            assertEquals(200, read.statusCode(), read.body());
            assertEquals(String.valueOf(READS - 1 - i), read.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        }
        Thread.sleep(SYNCED_MILLIS);

        int allowedOnWest = 0;
        HttpResponse<String> read = onWest.get("api/v1/users.json");
        while (read.statusCode() == 200) {
            allowedOnWest++;
            read = onWest.get("api/v1/users.json");
        }

        assertEquals(READS - 8, allowedOnWest, "west allows only what east left");
        assertEquals(429, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("Retry-After").isPresent());
        Thread.sleep(SYNCED_MILLIS);
        assertEquals(429, onEast.get("api/v1/users.json").statusCode(), "and east hears of west's reads");
        assertEquals(200, eastAdmin.get("api/v1/users.json").statusCode(), "another token has its own allowance");
    }

    @Test
    void bothNodesWriteToOneAuditLog() throws InterruptedException {
        robotToken("auditee");
        assertEquals(401, westAdmin.as("cpt_unknownunknownunknownunknownunknownunknown1").get("api/v1/users.json")
                .statusCode());
        Thread.sleep(SYNCED_MILLIS);

        String audit = eastAdmin.get("api/v1/audit.csv?fields=user_name,method,route,status&sort=at").body();

        assertTrue(audit.contains("admin,POST,/api/v1/users,201\r\n"), audit);
        assertTrue(audit.contains(",GET,/api/v1/users,401\r\n"), audit);
        assertFalse(audit.contains("cpt_"), audit);
    }

    /** A TA made on east, with a token issued on west. */
    private String robotToken(String name) {
        HttpResponse<String> created = eastAdmin.postForm("api/v1/users.json",
                fields("user_name", name, "type", "ta", "first_name", "Robot", "last_name", "Ci"));
        assertEquals(201, created.statusCode(), created.body());
        return first(TOKEN, westAdmin.postForm("api/v1/users/" + first(ID, created.body()) + "/token.json", fields()).body());
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), () -> "no " + pattern + " in " + body);
        return matcher.group(1);
    }
}
