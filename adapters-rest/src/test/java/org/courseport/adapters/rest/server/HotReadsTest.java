package org.courseport.adapters.rest.server;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.FullApiServer;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.domain.limit.RateLimit;
import org.courseport.domain.limit.RateLimits;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reads answered beside Jersey: the same answer as Jersey's, byte for byte, to every request, and
 * served there only when the request is a plain one and the caller may have it.
 */
class HotReadsTest {
    private static final int READS_ALLOWED = 40;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FullApiServer server;
    private static RestServer jerseyOnly;
    private static HttpServer passingOn;
    private static Map<String, String> tokens;
    private static long taId;
    private static long assignmentId;

    @BeforeAll
    static void start() throws IOException {
        server = new FullApiServer(new RateLimits(RateLimit.parse(READS_ALLOWED + "/1h"), RateLimit.parse("1000/1h"),
                RateLimit.parse("1000/1h")));
        jerseyOnly = RestServer.start("127.0.0.1", 0, server.application());
        ApiClient admin = server.admin();
        taId = id(admin.postForm("/api/v1/users.json", fields("user_name", "hilda", "type", "ta", "first_name", "Hilda",
                "last_name", "Grader")));
        long studentId = id(admin.postForm("/api/v1/users.json", fields("user_name", "sam", "type", "student",
                "first_name", "Sam", "last_name", "Student")));
        assignmentId = id(admin.postJson("/api/v1/assignments.json", "{\"short_identifier\": \"A1\", \"due_date\": \"2026-10-01\"}"));
        tokens = Map.of(
                "admin", server.adminTokenForTests(),
                "ta", token(admin.postForm("/api/v1/users/" + taId + "/token.json", fields())),
                "student", token(admin.postForm("/api/v1/users/" + studentId + "/token.json", fields())),
                "ta without users:read", token(admin.postForm("/api/v1/users/" + taId + "/tokens.json",
                        fields("name", "ci", "scopes", "grading:read"))),
                "unknown", "c".repeat(43));
        passingOn = new HttpServer();
        passingOn.addListener(new NetworkListener("passing-on", "127.0.0.1", 0));
        passingOn.getServerConfiguration().addHttpHandler(server.feature().hotReads().orElseThrow().around(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                response.setStatus(418);
                response.getWriter().write("passed on");
            }
        }), "/");
        passingOn.start();
    }

    @AfterAll
    static void stop() {
        passingOn.shutdownNow();
        jerseyOnly.close();
        server.close();
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return MarkusClient.parse(created.body().getBytes(StandardCharsets.UTF_8)).get("id").asLong();
    }

    private static String token(HttpResponse<String> issued) {
        assertEquals(201, issued.statusCode(), issued.body());
        return MarkusClient.parse(issued.body().getBytes(StandardCharsets.UTF_8)).get("token").asText();
    }

    /** A request: whose token, where, and any other headers (name, value, ...). */
    private record Read(String caller, String path, List<String> headers) {
        HttpRequest to(URI base) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replace("{ta}", String.valueOf(taId))
                    .replace("{assignment}", String.valueOf(assignmentId))));
            if (caller != null) {
                request.header("Authorization", "MarkUsAuth " + tokens.get(caller));
            }
            for (int i = 0; i < headers.size(); i += 2) {
                request.header(headers.get(i), headers.get(i + 1));
            }
            return request.GET().build();
        }

        @Override
        public String toString() {
            return caller + " GET " + path + " " + headers;
        }
    }

    private static Read read(String caller, String path, String... headers) {
        return new Read(caller, path, List.of(headers));
    }

    /** Served beside Jersey. */
    static Stream<Read> plainReads() {
        return Stream.of(
                read("admin", "api/v1/users/{ta}.json"),
                read("admin", "api/v1/users/{ta}.xml"),
                read("ta", "api/v1/users/{ta}"),
                read("ta", "api/v1/users/{ta}", "Accept", "*/*"),
                read("ta", "api/v1/users/{ta}", "Accept", "application/json"),
                read("ta", "api/v1/users/{ta}", "Accept", "application/xml"),
                read("admin", "api/users/{ta}.json"),
                read("admin", "api/v1/users/1.json", "X-Request-Id", "robot-run-7"),
                read("ta", "api/v1/assignments/{assignment}.json"),
                read("ta without users:read", "api/v1/assignments/{assignment}.json"),
                read("admin", "api/assignments/{assignment}"));
    }

    /** Passed on to Jersey: not plain, or refused, or failing. */
    static Stream<Read> otherReads() {
        return Stream.of(
                read("admin", "api/v1/users/{ta}.json?fields=id"),
                read("admin", "api/v1/users/{ta}.csv"),
                read("admin", "api/v1/users/{ta}", "Accept", "application/json, text/plain"),
                read("admin", "api/v1/users/%31.json"),
                read("admin", "api/v1/users/999.json"),
                read("admin", "api/v1/users/x.json"),
                read("admin", "api/v1/users.json"),
                read("admin", "api/v1/users/{ta}/tokens.json"),
                read("student", "api/v1/users/{ta}.json"),
                read("ta without users:read", "api/v1/users/{ta}.json"),
                read("unknown", "api/v1/users/{ta}.json"),
                read(null, "api/v1/users/{ta}.json"),
                read(null, "api/v1/users/{ta}.json", "Authorization", "Basic YWRtaW46YWRtaW4="),
                read("admin", "api/v1/users/{ta}.json", "Authorization", "MarkUsAuth " + "d".repeat(43)),
                read("admin", "api/v1/users/{ta}", "Accept", "application/json", "Accept", "application/json"));
    }

    static Stream<Arguments> everyRead() {
        return Stream.concat(plainReads(), otherReads()).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("everyRead")
    void theAnswerIsJerseysOwn(Read read) throws Exception {
        HttpResponse<String> beside = HTTP.send(read.to(server.base()), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> through = HTTP.send(read.to(URI.create("http://127.0.0.1:" + jerseyOnly.port() + "/")),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(through.statusCode(), beside.statusCode(), read.toString());
        assertEquals(through.body(), beside.body(), read.toString());
        for (String header : List.of("Content-Type", "Content-Length", "X-RateLimit-Limit", "WWW-Authenticate", "Cache-Control")) {
            assertEquals(through.headers().allValues(header), beside.headers().allValues(header), header + " of " + read);
        }
        for (String header : List.of("X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id")) {
            assertEquals(through.headers().firstValue(header).isPresent(), beside.headers().firstValue(header).isPresent(),
                    header + " of " + read);
        }
        if (read.headers().contains("X-Request-Id")) {
            assertEquals(List.of("robot-run-7"), beside.headers().allValues("X-Request-Id"));
        }
    }

    @ParameterizedTest
    @MethodSource("plainReads")
    void aPlainReadTheCallerMayMakeIsServedBesideJersey(Read read) throws Exception {
        HttpResponse<String> answer = HTTP.send(read.to(passingOnBase()), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), read + ": " + answer.body());
        assertTrue(answer.headers().firstValue("X-RateLimit-Remaining").isPresent(), read.toString());
    }

    @ParameterizedTest
    @MethodSource("otherReads")
    void anyOtherReadIsLeftToJersey(Read read) throws Exception {
        assertEquals(418, HTTP.send(read.to(passingOnBase()), HttpResponse.BodyHandlers.ofString()).statusCode(), read.toString());
    }

    @Test
    void requestsOtherThanAPlainGetAreLeftToJersey() throws Exception {
        Read plain = read("admin", "api/v1/users/{ta}.json");
        HttpRequest get = plain.to(passingOnBase());
        for (HttpRequest other : List.of(
                HttpRequest.newBuilder(get, (name, value) -> true).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpRequest.newBuilder(get, (name, value) -> true).method("GET", HttpRequest.BodyPublishers.ofString("fields=id"))
                        .header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpRequest.newBuilder(get, (name, value) -> true).DELETE().build())) {
            assertEquals(418, HTTP.send(other, HttpResponse.BodyHandlers.ofString()).statusCode(), other.method());
        }
    }

    @Test
    void aCallerOverItsLimitIsLeftToJerseyToBeRefused() throws Exception {
        ApiClient admin = server.admin();
        long ritaId = id(admin.postForm("/api/v1/users.json", fields("user_name", "rita", "type", "ta", "first_name", "Rita",
                "last_name", "Reader")));
        ApiClient rita = admin.as(token(admin.postForm("/api/v1/users/" + ritaId + "/token.json", fields())));
        HttpRequest own = HttpRequest.newBuilder(passingOnBase().resolve("api/v1/users/" + ritaId + ".json"))
                .header("Authorization", rita.request("x").build().headers().firstValue("Authorization").orElseThrow()).build();
        int served = 0;
        while (HTTP.send(own, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
            served++;
        }
        assertEquals(READS_ALLOWED, served);
        assertEquals(418, HTTP.send(own, HttpResponse.BodyHandlers.ofString()).statusCode(), "still passed on, not counted");
        assertEquals(429, rita.get("/api/v1/users/" + ritaId + ".json").statusCode(), "which Jersey refuses");
    }

    private static URI passingOnBase() {
        return URI.create("http://127.0.0.1:" + passingOn.getListeners().iterator().next().getPort() + "/");
    }
}
