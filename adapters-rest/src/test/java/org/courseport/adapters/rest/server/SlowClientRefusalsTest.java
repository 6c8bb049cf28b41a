package org.courseport.adapters.rest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.courseport.adapters.rest.testing.RawHttp;
import org.courseport.adapters.rest.testing.UsersApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each way a slow, stuck or anonymous client is refused before it can hold a worker, each a problem document. */
class SlowClientRefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
    private UsersApiServer server;

    /** A server per test: a test that fills the body slots must not leave them held for the next one. */
    @BeforeEach
    void start() {
        server = new UsersApiServer(new ServerLimits(8, 2, READ_TIMEOUT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String post(String token, long contentLength) {
        return "POST /api/v1/users HTTP/1.1\nHost: test\nAccept: application/json\nContent-Type: application/json\n"
                + (token == null ? "" : "Authorization: MarkUsAuth " + token + "\n")
                + "Content-Length: " + contentLength + "\n\n";
    }

    private static JsonNode problem(RawHttp.Reply reply, int status) throws Exception {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        JsonNode problem = JSON.readTree(reply.body());
        assertEquals(status, problem.get("status").asInt());
        return problem;
    }

    @Test
    void anUnauthenticatedMalformedJsonBodyIs401Not400() {
        HttpResponse<String> response = server.anonymous().postJson("/api/v1/users", "{\"user_name\": ");
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void anUnauthenticated50MiBBodyIsRefusedBeforeItArrivesAndTheConnectionDropped() throws Exception {
        try (RawHttp client = new RawHttp(server.base())) {
            long started = System.nanoTime();
            RawHttp.Reply reply = client.send(post(null, 50 * 1024 * 1024)).read(Duration.ofSeconds(5));
            assertTrue(System.nanoTime() - started < Duration.ofMillis(READ_TIMEOUT.toMillis() / 2).toNanos(),
                    "answered without waiting for the body");
            problem(reply, 401);
            assertEquals("close", reply.header("Connection"));
            assertTrue(client.closedByServer(Duration.ofSeconds(2)), "the body is not drained");
        }
    }

    @Test
    void onlyAnAuthenticatedClientIsToldToContinue() throws Exception {
        String expecting = "Expect: 100-continue\n";
        try (RawHttp anonymous = new RawHttp(server.base())) {
            problem(anonymous.send(post(null, 100).replace("\n\n", "\n" + expecting + "\n")).read(Duration.ofSeconds(5)), 401);
        }
        try (RawHttp admin = new RawHttp(server.base())) {
            admin.send(post(server.adminToken, 2).replace("\n\n", "\n" + expecting + "\n"));
            assertEquals(100, admin.read(Duration.ofSeconds(5)).status());
            problem(admin.send("{}").read(Duration.ofSeconds(5)), 400);
        }
    }

    @Test
    void headersWithoutTheirBodyAre408AfterTheReadTimeout() throws Exception {
        try (RawHttp client = new RawHttp(server.base())) {
            long started = System.nanoTime();
            RawHttp.Reply reply = client.send(post(server.adminToken, 20)).read(Duration.ofSeconds(10));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            problem(reply, 408);
            assertEquals("close", reply.header("Connection"));
            assertTrue(waited.compareTo(READ_TIMEOUT) >= 0 && waited.compareTo(READ_TIMEOUT.multipliedBy(3)) < 0, "waited " + waited);
        }
    }

    @Test
    void aBodyWithNoFreeSlotIs503AtOnce() throws Exception {
        List<RawHttp> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                readers.add(new RawHttp(server.base()).send(post(server.adminToken, 20)).send("{"));
            }
            Thread.sleep(300); // both are reading their bodies now
            try (RawHttp client = new RawHttp(server.base())) {
                RawHttp.Reply reply = client.send(post(server.adminToken, 20)).read(Duration.ofMillis(READ_TIMEOUT.toMillis() / 2));
                problem(reply, 503);
                assertEquals("2", reply.header("Retry-After"));
                assertEquals("close", reply.header("Connection"));
            }
            assertEquals(200, server.admin().get("/api/v1/users").statusCode(), "requests without a body still served");
        } finally {
            readers.forEach(RawHttp::close);
        }
    }
}
