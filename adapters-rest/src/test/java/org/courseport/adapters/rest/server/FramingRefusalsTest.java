package org.courseport.adapters.rest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.courseport.adapters.rest.testing.RawHttp;
import org.courseport.adapters.rest.testing.UsersApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests the HTTP codec refuses before any route sees them: bad framing, bad request lines, oversized headers. */
class FramingRefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static UsersApiServer server;

    @BeforeAll
    static void start() {
        server = new UsersApiServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The codec's answer to {@code request}: a problem document with {@code status}, and the connection closed. */
    private static JsonNode refused(String request, int status) throws Exception {
        try (RawHttp client = new RawHttp(server.base())) {
            RawHttp.Reply reply = client.send(request).read(Duration.ofSeconds(5));
            assertEquals(status, reply.status(), reply.body());
            assertEquals("application/problem+json", reply.header("Content-Type"));
            assertEquals("close", reply.header("Connection"));
            JsonNode problem = JSON.readTree(reply.body());
            assertEquals(status, problem.get("status").asInt());
            assertTrue(problem.get("type").asText().startsWith("https://courseport.org/problems/"));
            assertTrue(client.closedByServer(Duration.ofSeconds(2)));
            return problem;
        }
    }

    private static String post(String transferEncoding) {
        return "POST /api/v1/users HTTP/1.1\nHost: test\nAuthorization: MarkUsAuth " + server.adminToken
                + "\nContent-Type: application/json\nTransfer-Encoding: " + transferEncoding + "\n\n2\n{}\n0\n\n";
    }

    @Test
    void aMalformedTransferEncodingIs400() throws Exception {
        refused(post("chu nked"), 400);
        refused(post("chunked;"), 400);
        refused(post(", ,"), 400);
        refused(post("chunked, gzip"), 400);
        refused(post("chunked, chunked"), 400);
    }

    @Test
    void anUnknownTransferCodingIs501() throws Exception {
        assertTrue(refused(post("foo"), 501).get("detail").asText().contains("chunked"));
        refused(post("gzip, chunked"), 501);
        refused("POST /api/v1/users HTTP/1.1\nHost: test\nTransfer-Encoding: gzip\n\n", 501);
    }

    @Test
    void chunkedAloneIsServed() throws Exception {
        try (RawHttp client = new RawHttp(server.base())) {
            String body = "user_name=chunky&type=student&first_name=C&last_name=K";
            RawHttp.Reply reply = client.send("POST /api/v1/users.json HTTP/1.1\nHost: test\nAuthorization: MarkUsAuth "
                    + server.adminToken + "\nContent-Type: application/x-www-form-urlencoded\nTransfer-Encoding: Chunked\n\n"
                    + Integer.toHexString(body.length()) + "\n" + body + "\n0\n\n").read(Duration.ofSeconds(5));
            assertEquals(201, reply.status(), reply.body());
        }
    }

    @Test
    void theCodecsOwnRefusalsAreProblems() throws Exception {
        refused("GET /health HTTP/1.1\nHost: test\nX-Big: " + "a".repeat(20_000) + "\n\n", 400);
        refused("GET /health HTTP/1.1 x\nHost: test\n\n", 505);
        refused("GET /he\u0001alth HTTP/1.1\nHost: test\n\n", 400);
        refused("GET /api/v1/users/%zz HTTP/1.1\nHost: test\n\n", 400);
        refused("GET /health HTTP/1.1\nHost: a b\n\n", 400);
        refused("GET /health HTTP/1.1\nHost: test\nBad Name: x\n\n", 400);
        refused("GET /health HTTP/1.1\n\n", 400);
        refused("POST /api/v1/users HTTP/1.1\nHost: test\nContent-Length: 1\nContent-Length: 2\n\n{}", 400);
    }
}
