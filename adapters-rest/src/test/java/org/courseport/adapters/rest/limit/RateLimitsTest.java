package org.courseport.adapters.rest.limit;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.FullApiServer;
import org.courseport.domain.limit.RateLimit;
import org.courseport.domain.limit.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Small limits on a real server: the headers on every answer, the 429 past the limit, and its end. */
class RateLimitsTest {
    private static final String BOGUS = "cpt_BOGUSBOGUSBOGUSBOGUSBOGUSBOGUSBOGUSBOGUS123";

    private FullApiServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = new FullApiServer(new RateLimits(RateLimit.parse("5/2s"), RateLimit.parse("2/2s"), RateLimit.parse("3/2s")));
        admin = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsPastTheLimitAre429UntilRetryAfterHasPassed() throws Exception {
        HttpResponse<String> response = admin.get("/api/v1/users.json");
        while (response.statusCode() == 200) {
            assertHeaders(response, 5);
            response = admin.get("/api/v1/users.json");
        }

        assertEquals(429, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"type\":\"https://courseport.org/problems/too-many-requests\""), response.body());
        assertTrue(response.body().contains("limit of 5 reads"), response.body());
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertHeaders(response, 5);
        assertEquals("0", response.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        assertEquals(String.valueOf(retryAfter), response.headers().firstValue("X-RateLimit-Reset").orElseThrow());

        Thread.sleep(retryAfter * 1000);

        HttpResponse<String> again = admin.get("/api/v1/users.json");
        assertEquals(200, again.statusCode(), again.body());
        assertHeaders(again, 5);
    }

    @Test
    void writesHaveTheirOwnSmallerAllowance() {
        HttpResponse<String> last = null;
        int created = 0;
        for (String name : List.of("w1", "w2", "w3", "w4")) {
            last = admin.postForm("/api/v1/users.json", fields("user_name", name, "type", "student", "first_name", "W",
                    "last_name", "Riter"));
            if (last.statusCode() == 201) {
                assertHeaders(last, 2);
                created++;
            }
        }
        assertTrue(created >= 2, "the allowance of one window at least, perhaps two: " + created);
        assertEquals(200, admin.get("/api/v1/users.json").statusCode(), "reads are counted apart");
    }

    @Test
    void unauthenticatedRequestsAreLimitedPerAddressAnd429BeforeTheir401() {
        ApiClient bogus = admin.as(BOGUS);
        HttpResponse<String> response = bogus.get("/api/v1/users.json");
        int refused = 0;
        while (response.statusCode() == 401) {
            assertHeaders(response, 3);
            refused++;
            response = bogus.get("/api/v1/users.json");
        }
        assertEquals(429, response.statusCode(), response.body());
        assertTrue(refused >= 1 && refused <= 6, "refused " + refused);
        assertTrue(response.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, admin.get("/api/v1/users.json").statusCode(), "a valid token is counted on its own");
    }

    @Test
    void theDocumentationAndHealthCheckAreNotCounted() {
        HttpResponse<String> health = admin.get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.headers().firstValue("X-RateLimit-Limit").isEmpty());
        assertTrue(admin.get("/api/v1/openapi.yaml").headers().firstValue("X-RateLimit-Limit").isEmpty());
    }

    private static void assertHeaders(HttpResponse<String> response, long limit) {
        assertEquals(String.valueOf(limit), response.headers().firstValue("X-RateLimit-Limit").orElseThrow(),
                response.headers().map().toString());
        long remaining = Long.parseLong(response.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        long reset = Long.parseLong(response.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertTrue(remaining >= 0 && remaining < limit, "remaining " + remaining);
        assertTrue(reset >= 1 && reset <= 2, "reset " + reset);
    }
}
