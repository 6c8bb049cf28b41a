package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.bootstrap.testing.Cli;
import org.courseport.bootstrap.testing.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The server as {@code serve} wires it, on the embedded store, driven by a real client and the real command line. */
class UsersEndToEndTest {
    @TempDir
    Path data;
    private RunningServer server;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        server = RunningServer.embedded(data);
    }

    @AfterEach
    void stop() {
        server.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    @Test
    void theFirstStartCreatesAnAdminWhoseTokenOnlyItsOwnerCanRead() throws IOException {
        Path file = data.resolve("admin.token");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String token = server.adminToken();
        assertTrue(server.console().contains(token), "printed once for the operator");
        assertEquals(200, server.admin().get("/api/v1/users/1").statusCode());
        assertEquals(200, server.client(null).get("/health").statusCode(), "health needs no token");
    }

    @Test
    void aTaReadsButDoesNotManageAndAStudentIsRefused() {
        ApiClient admin = server.admin();
        assertEquals(201, admin.postForm("/api/users", fields("user_name", "ta1", "type", "ta",
                "first_name", "Tess", "last_name", "Grader")).statusCode());
        assertEquals(201, admin.postForm("/api/users", fields("user_name", "s1", "type", "student",
                "first_name", "Sam", "last_name", "Student")).statusCode());
        Cli.Result issued = server.whileStopped(() -> Cli.run("token", "--user", "ta1", "--data", data.toString()));
        assertEquals(0, issued.exitCode(), issued.err());
        ApiClient ta = server.client(issued.out().strip());
        assertEquals(200, ta.get("/api/v1/users.csv").statusCode());
        assertEquals(403, ta.postForm("/api/v1/users", fields("user_name", "x", "type", "student",
                "first_name", "X", "last_name", "Y")).statusCode());
        ApiClient student = server.client(server.whileStopped(
                () -> Cli.run("token", "--user", "s1", "--data", data.toString())).out().strip());
        assertEquals(403, student.get("/api/v1/users").statusCode());
    }

    @Test
    void theTokenCommandMakesANamedScopedTokenBesideTheDefaultOne() {
        ApiClient admin = server.admin();
        assertEquals(201, admin.postForm("/api/users", fields("user_name", "ta1", "type", "ta",
                "first_name", "Tess", "last_name", "Grader")).statusCode());
        String fallback = server.whileStopped(() -> Cli.run("token", "--user", "ta1", "--data", data.toString())).out().strip();
        Cli.Result issued = server.whileStopped(() -> Cli.run("token", "--user", "ta1", "--name", "ci", "--scopes",
                "grading:read,results:write", "--courses", "0", "--expires", "2099-01-01T00:00:00Z", "--data", data.toString()));
        assertEquals(0, issued.exitCode(), issued.err());

        ApiClient ci = server.client(issued.out().strip());
        assertEquals(200, ci.get("/api/v1/assignments").statusCode());
        HttpResponse<String> refused = ci.get("/api/v1/users.json");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("lacks the scope users:read"), refused.body());
        assertEquals(200, server.client(fallback).get("/api/v1/users").statusCode(), "the default token still works");
        Cli.Result wrong = server.whileStopped(() -> Cli.run("token", "--user", "ta1", "--name", "x", "--expires", "soon",
                "--data", data.toString()));
        assertTrue(wrong.exitCode() != 0 && wrong.err().contains("--expires"), wrong.err());
    }

    @Test
    void filterValuesAreBoundNeverPastedIntoSql() {
        ApiClient admin = server.admin();
        HttpResponse<String> injected = admin.get("/api/v1/users.json?filter=user_name:x'%20or%20'1'='1");
        assertEquals(200, injected.statusCode(), injected.body());
        assertEquals("[]", injected.body());
        HttpResponse<String> dropped = admin.get("/api/v1/users.json?filter=last_name:x');drop%20table%20users;--");
        assertEquals("[]", dropped.body());
        assertTrue(admin.get("/api/v1/users.json").body().contains("\"user_name\":\"admin\""), "the table is intact");
    }

    @Test
    void resetTokensStopsEveryTokenAndNoTokenIsKeptOrLoggedInClear() throws IOException {
        ApiClient admin = server.admin();
        admin.postForm("/api/users", fields("user_name", "ta1", "type", "ta", "first_name", "T", "last_name", "A"));
        String taToken = server.whileStopped(() -> Cli.run("token", "--user", "ta1", "--data", data.toString())).out().strip();
        assertEquals(200, server.client(taToken).get("/api/v1/users").statusCode());

        Cli.Result reset = server.whileStopped(() -> Cli.run("reset-tokens", "--data", data.toString()));
        assertEquals(0, reset.exitCode(), reset.err());
        assertTrue(reset.out().contains("Revoked 2 token(s)"), reset.out());
        assertEquals(401, server.client(taToken).get("/api/v1/users").statusCode());
        assertEquals(401, admin.get("/api/v1/users").statusCode());

        for (String token : List.of(taToken, server.adminToken())) {
            assertFalse(anyFileContains(data, token, data.resolve("admin.token")), "a token in clear in the data directory");
            assertTrue(log.list.stream().noneMatch(e -> e.getFormattedMessage().contains(token)), "a token in a log line");
        }
    }

    @Test
    void sigtermDrainsAndExitsZero() throws Exception {
        Path other = Files.createDirectory(data.resolve("other"));
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path output = data.resolve("serve.log");
        Process serve = Cli.command("serve", "--port", String.valueOf(port), "--data", other.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        ApiClient client = new ApiClient(java.net.URI.create("http://127.0.0.1:" + port + "/"), null);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!healthy(client) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(healthy(client), "the server came up");
        serve.destroy();
        assertTrue(serve.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        // A JVM killed by SIGTERM exits 143; 0 means the handler ran, the server drained and closed its store.
        assertEquals(0, serve.exitValue(), Files.readString(output));
    }

    private static boolean healthy(ApiClient client) {
        try {
            return client.get("/health").statusCode() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static boolean anyFileContains(Path root, String secret, Path except) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(except)).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
