package org.courseport.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import org.courseport.adapters.rest.server.ServerLimits;
import org.courseport.adapters.rest.testing.RawHttp;
import org.courseport.bootstrap.testing.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The jar's wiring applies the HTTP limits: stalled bodies are 408s, anonymous bodies are not read, no stack traces. */
class SlowClientsEndToEndTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    @TempDir
    Path data;
    private RunningServer server;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
        log.start();
        server = RunningServer.embedded(data, new ServerLimits(8, 2, READ_TIMEOUT));
    }

    @AfterEach
    void stop() {
        server.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    private RawHttp.Reply stall(String method, String path, String contentType, String token) throws Exception {
        try (RawHttp client = new RawHttp(server.base())) {
            return client.send(method + " " + path + " HTTP/1.1\nHost: test\nAccept: application/json\nContent-Type: "
                    + contentType + "\n" + (token == null ? "" : "Authorization: MarkUsAuth " + token + "\n")
                    + "Content-Length: 100000\n\n").send("x").read(READ_TIMEOUT.multipliedBy(5));
        }
    }

    @Test
    void stalledBodiesAre408WhereverTheyAreRead() throws Exception {
        String token = server.adminToken();
        assertEquals(408, stall("POST", "/api/v1/users", "application/x-www-form-urlencoded", token).status());
        assertEquals(408, stall("POST", "/api/v1/assignments/A1/groups/1/submission_files",
                "multipart/form-data; boundary=b", token).status());
        assertEquals(408, stall("PUT", "/api/v1/import/course-v1:MITx+6.002x+2026_Fall", "application/gzip", token).status());
        assertTrue(log.list.stream().noneMatch(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.ERROR)),
                () -> "no stack trace, no error: " + log.list);
    }

    @Test
    void anAnonymousBodyIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Reply raw = stall("PUT", "/api/v1/import/course-v1:MITx+6.002x+2026_Fall", "application/gzip", null);
        assertEquals(401, raw.status());
        assertEquals("close", raw.header("Connection"));
        RawHttp.Reply multipart = stall("POST", "/api/v1/assignments/A1/groups/1/submission_files",
                "multipart/form-data; boundary=b", "cpt_" + "A".repeat(43));
        assertEquals(401, multipart.status());
        assertEquals("close", multipart.header("Connection"));
    }
}
