package org.courseport.bootstrap.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.courseport.adapters.archive.embedding.CommonsCompressArchives;
import org.courseport.adapters.persistence.embedding.JdbiStores;
import org.courseport.adapters.rest.auth.RequestAuthenticator;
import org.courseport.adapters.rest.server.CourseportFeature;
import org.courseport.adapters.rest.server.DeclineH2cUpgrade;
import org.courseport.application.embedding.Courseport;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.domain.auth.Caller;
import org.courseport.domain.error.Unauthenticated;
import org.courseport.domain.user.UserType;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plays an LMS that serves Courseport's REST routes from its own Jersey application: its own
 * ResourceConfig with a resource of its own, on its own Grizzly server under {@code /lms/robots/},
 * with its own sessions deciding who calls. A robot talks to it with the JDK's default HttpClient:
 * users, a course imported and exported, a test result posted.
 */
class MountedInHostJerseyTest {
    private static final String SESSION = "X-LMS-Session";
    private static final String COURSE = "course-v1:MITx+6.002x+2026_Fall";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HostLogins logins = new HostLogins();
    private final HttpClient robot = HttpClient.newHttpClient();
    private HttpServer host;
    private URI base;
    private String adminSession;
    private String taSession;

    /** A route of the host's own beside Courseport's: it reads its form body and names the caller itself. */
    @Path("notes")
    public static final class HostNotesResource {
        @POST
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.TEXT_PLAIN)
        public String post(@FormParam("text") String text) {
            return "noted: " + text;
        }

        @GET
        @Path("today.json")
        @Produces(MediaType.TEXT_PLAIN)
        public String today() {
            return "the host's own route, extension and all";
        }
    }

    @BeforeEach
    void startTheHost() throws IOException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:lms_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Courseport courseport = Courseport.builder()
                .stores(JdbiStores.migrate(database, "courseport", Clock.systemUTC()))
                .archives(new CommonsCompressArchives())
                .build();

        RequestAuthenticator hostSessions = new RequestAuthenticator() {
            @Override
            public Caller authenticate(ContainerRequestContext request) {
                return logins.caller(request.getHeaderString(SESSION))
                        .orElseThrow(() -> new Unauthenticated("log in to the LMS and send " + SESSION));
            }

            @Override
            public List<String> challenges() {
                return List.of("LMS-Session realm=\"lms\"");
            }
        };
        ResourceConfig application = new ResourceConfig()
                .register(HostNotesResource.class)
                .register(CourseportFeature.of(courseport).authenticator(hostSessions)
                        .uploadSpool(Files.createTempDirectory("lms-uploads")).build());

        host = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/lms/robots/"), application, false);
        DeclineH2cUpgrade.registerOn(host);
        host.start();
        base = URI.create("http://127.0.0.1:" + host.getListener("grizzly").getPort() + "/lms/robots/");
        adminSession = logins.logIn("lms-admin", UserType.ADMIN);
        taSession = logins.logIn("grader-bot", UserType.TA);
    }

    @AfterEach
    void stopTheHost() {
        host.shutdownNow();
    }

    @Test
    void theHostsSessionsDecideWhoCallsAndWhatTheyMayDo() {
        HttpResponse<String> created = send(post("api/v1/users.json", adminSession,
                "user_name=tess&type=ta&first_name=Tess&last_name=Grader"));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(base + "api/v1/users/"), location);

        assertEquals(200, send(get(location.substring(base.toString().length()), taSession)).statusCode());
        assertEquals(403, send(post("api/v1/users", taSession, "user_name=x&type=ta&first_name=X&last_name=Y")).statusCode());
    }

    @Test
    void withoutTheHostsSessionEveryApiRouteIs401BeforeRoutingWithTheHostsChallenge() {
        for (String path : new String[] {"api/v1/users", "api/v1/no-such-route", "api/v1/courses/" + COURSE}) {
            HttpResponse<String> refused = send(get(path, null));
            assertEquals(401, refused.statusCode(), path);
            assertEquals("LMS-Session realm=\"lms\"", refused.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+"));
        }
        HttpResponse<String> token = send(HttpRequest.newBuilder(base.resolve("api/v1/users"))
                .header("Authorization", "MarkUsAuth cpt_notatokenthehostaccepts"));
        assertEquals(401, token.statusCode(), "the host's authentication replaces Courseport's tokens");
    }

    @Test
    void aRobotImportsAndExportsACourseThroughTheHostsServer() {
        byte[] archive = OlxCourse.of("MITx", "6.002x", "2026_Fall").tarGz();
        HttpResponse<String> imported = send(HttpRequest.newBuilder(base.resolve("api/v1/import/" + COURSE + "?wait=true"))
                .header(SESSION, adminSession).header("Content-Type", "application/gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
        assertEquals(201, imported.statusCode(), imported.body());

        HttpResponse<byte[]> exported = sendBytes(get("api/v1/export/" + COURSE, taSession).header("Accept", "application/x-tgz"));
        assertEquals(200, exported.statusCode());
        HttpResponse<String> again = send(HttpRequest.newBuilder(base.resolve("api/v1/import/" + COURSE + "?wait=true"))
                .header(SESSION, adminSession).header("Content-Type", "application/gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(exported.body())));
        assertEquals(200, again.statusCode(), "the export is the import, file for file: no new version");
        assertArrayEquals(exported.body(), sendBytes(get("api/v1/export/" + COURSE + ".tar.gz", adminSession)).body());
    }

    @Test
    void aGradingRobotPostsATestResultThroughTheHostsServer() throws IOException {
        assertEquals(201, send(post("api/v1/users", adminSession, "user_name=sam&type=student&first_name=Sam&last_name=S"))
                .statusCode());
        long assignment = JSON.readTree(send(post("api/v1/assignments.json", adminSession,
                "short_identifier=A1&due_date=2026-10-01")).body()).get("id").asLong();
        HttpResponse<String> group = send(post("api/v1/assignments/" + assignment + "/groups.json", adminSession,
                "group_name=g1&members=sam"));
        assertEquals(201, group.statusCode(), group.body());
        String groupPath = "api/v1/assignments/" + assignment + "/groups/" + JSON.readTree(group.body()).get("id").asLong();
        assertEquals(201, send(HttpRequest.newBuilder(base.resolve(groupPath + "/submission_files?filename=hello.py"))
                .header(SESSION, taSession).header("Content-Type", "text/x-python")
                .POST(HttpRequest.BodyPublishers.ofString("print('hello')\n"))).statusCode());
        assertEquals(201, send(post(groupPath + "/collect", taSession, "")).statusCode());

        HttpResponse<String> posted = send(post("api/v1/test_results.json", taSession,
                "assignment=A1&group_name=g1&filename=results.json&file_content=%7B%22passed%22%3A3%7D"));
        assertEquals(201, posted.statusCode(), posted.body());
        JsonNode results = JSON.readTree(send(get(groupPath + "/test_results.json", taSession)).body());
        assertEquals("{\"passed\":3}", results.get(0).get("file_content").asText());
    }

    @Test
    void theHostsOwnRoutesKeepTheirBodiesAndPaths() {
        HttpResponse<String> note = send(post("notes", null, "text=hello+world"));
        assertEquals(200, note.statusCode(), note.body());
        assertEquals("noted: hello world", note.body());
        HttpResponse<String> today = send(get("notes/today.json", null));
        assertEquals(200, today.statusCode(), today.body());
        assertTrue(today.headers().firstValue("X-Request-Id").isEmpty(), "Courseport's request log stays on its own routes");
    }

    private HttpRequest.Builder get(String path, String session) {
        return withSession(HttpRequest.newBuilder(base.resolve(path)).GET(), session);
    }

    private HttpRequest.Builder post(String path, String session, String form) {
        return withSession(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), session);
    }

    private static HttpRequest.Builder withSession(HttpRequest.Builder request, String session) {
        return session == null ? request : request.header(SESSION, session);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return robot.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return robot.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
