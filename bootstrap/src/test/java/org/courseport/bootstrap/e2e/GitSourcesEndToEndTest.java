package org.courseport.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.fixtures.GitHttpServer;
import org.courseport.application.fixtures.GitRepository;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.bootstrap.testing.RunningServer;
import org.courseport.domain.source.WebhookProof;
import org.courseport.domain.source.WebhookSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Publishing from git through the jar's wiring: a real git server on loopback (git http-backend, asking
 * for the source's credential), signed push events, the import workers, and the course exported back.
 * The tests run in order, as a course team's pushes do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GitSourcesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "course-v1:MITx+6.002x+2026_Fall";
    private static final String CREDENTIAL = "robot:glpat-FetchTokenOnlyTheServerKnows";
    private static final List<String> LOGGERS = List.of("org.courseport", "org.eclipse.jgit");

    private Path temp;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private GitRepository repository;
    private GitHttpServer git;
    private RunningServer server;
    private ApiClient admin;
    private OlxCourse course = OlxCourse.of("MITx", "6.002x", "2026_Fall");
    private String hook;
    private String secret;
    private final List<String> secretsShown = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path folder) throws IOException {
        temp = folder;
        log.start();
        for (String name : LOGGERS) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            logger.setLevel(Level.DEBUG);
            logger.addAppender(log);
        }
        repository = GitRepository.create(temp.resolve("served"), "course.git", temp.resolve("work"));
        repository.commit(course, "course", "first");
        git = GitHttpServer.serving(temp.resolve("served"), CREDENTIAL);
        server = RunningServer.embeddedWithLocalGit(temp.resolve("data"));
        admin = server.admin();

        HttpResponse<String> created = admin.send(admin.request("/api/v1/course_sources")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("course_key", KEY,
                        "repository_url", git.url("course.git"), "branch", "main", "path", "course",
                        "provider", "github", "credential", CREDENTIAL)))));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode source = JSON.readTree(created.body());
        secret = source.get("webhook_secret").asText();
        secretsShown.add(secret);
        hook = source.get("webhook_url").asText();
        assertTrue(hook.endsWith("/hooks/git/" + source.get("id").asText()), hook);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/course_sources/" + source.get("id").asText()));
        assertFalse(created.body().contains("FetchToken"), "the credential is write-only");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (git != null) {
            git.close();
        }
        for (String name : LOGGERS) {
            ((Logger) LoggerFactory.getLogger(name)).detachAppender(log);
        }
    }

    @Test
    @Order(1)
    void aSignedPushImportsTheBranchHeadAndTheCourseExportsAsTheRepositoryHasIt() throws IOException {
        String head = repository.head();
        long started = System.nanoTime();
        HttpResponse<String> delivered = push("refs/heads/main", head, "delivery-1", secret);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(202, delivered.statusCode(), delivered.body());
        assertTrue(millis < 1000, "answered in " + millis + " ms");
        JsonNode job = await(delivered);
        assertEquals("succeeded", job.get("state").asText(), job.toString());
        assertEquals(1, job.get("version").asInt());
        assertEquals(head, job.get("source").get("commit").asText());
        assertEquals(git.url("course.git"), job.get("source").get("repository_url").asText());
        assertSameFiles(repository.files("course"), export());
    }

    @Test
    @Order(2)
    void theSameDeliveryAgainAnswersTheSameJobAndImportsNothing() throws IOException {
        HttpResponse<String> again = push("refs/heads/main", repository.head(), "delivery-1", secret);
        assertEquals(202, again.statusCode(), again.body());
        JsonNode first = JSON.readTree(admin.get("/api/v1/course_sources/1", "application/json").body());
        assertEquals(first.get("last_import").asText(), JSON.readTree(again.body()).get("id").asText());
        assertEquals(1, versions().size());
    }

    @Test
    @Order(3)
    void aSecondCommitMakesVersionTwoRecordingItsCommitAndAnUnchangedTreeNone() throws IOException {
        course = course.put("html/intro.html", "<p>Welcome back</p>\n");
        String second = repository.commit(course, "course", "second");
        JsonNode job = await(push("refs/heads/main", second, "delivery-2", secret));
        assertEquals(2, job.get("version").asInt(), job.toString());
        assertTrue(job.get("new_version").asBoolean());
        JsonNode history = versions();
        assertEquals(second, history.get(1).get("source").get("commit").asText());
        assertSameFiles(repository.files("course"), export());

        String empty = repository.emptyCommit("nothing changed in the course");
        JsonNode unchanged = await(push("refs/heads/main", empty, "delivery-3", secret));
        assertEquals("succeeded", unchanged.get("state").asText(), unchanged.toString());
        assertEquals(2, unchanged.get("version").asInt());
        assertFalse(unchanged.get("new_version").asBoolean());
        assertEquals(2, versions().size());
    }

    @Test
    @Order(4)
    void aWrongOrMissingProofAndAnUnknownSourceAreTheSame401() {
        HttpResponse<String> wrong = push("refs/heads/main", repository.head(), "bad-1", "not-the-secret");
        HttpResponse<String> missing = admin.send(admin.anonymousRequest(hook).header("X-GitHub-Event", "push")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload("refs/heads/main", repository.head()))));
        HttpResponse<String> unknown = admin.send(admin.anonymousRequest(hook.replaceAll("/\\d+$", "/999999"))
                .header("X-GitHub-Event", "push").header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + WebhookProof.hmacSha256Hex(new WebhookSecret(secret),
                        payload("refs/heads/main", repository.head()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(payload("refs/heads/main", repository.head()))));
        for (HttpResponse<String> refused : List.of(wrong, missing, unknown)) {
            assertEquals(401, refused.statusCode(), refused.body());
            assertEquals(wrong.body().replaceAll("\"instance\":\"[^\"]*\"", ""),
                    refused.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        }
    }

    @Test
    @Order(5)
    void pingsOtherBranchesTagsAndDeletionsImportNothing() throws IOException {
        HttpResponse<String> ping = deliver("ping", "{\"zen\":\"Design for failure.\"}", "ping-1", secret);
        assertEquals(200, ping.statusCode(), ping.body());
        assertEquals("pong", JSON.readTree(ping.body()).get("message").asText());
        repository.pushTo("dev");
        for (String[] ignored : List.of(new String[] {"refs/heads/dev", repository.head()},
                new String[] {"refs/tags/v1", repository.head()}, new String[] {"refs/heads/main", "0".repeat(40)})) {
            HttpResponse<String> answer = push(ignored[0], ignored[1], "ignored-" + ignored[0] + ignored[1], secret);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(JSON.readTree(answer.body()).get("message").asText().startsWith("ignored"), answer.body());
        }
        assertEquals(2, versions().size());
    }

    @Test
    @Order(6)
    void tenPushesInABurstMakeAtMostTwoImportsEndingOnTheLastCommit() throws IOException {
        List<String> commits = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            course = course.put("html/intro.html", "<p>Edit " + i + "</p>\n");
            commits.add(repository.commit(course, "course", "edit " + i));
        }
        Set<String> jobs = new HashSet<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < commits.size(); i++) {
            last = push("refs/heads/main", commits.get(i), "burst-" + i, secret);
            assertEquals(202, last.statusCode(), last.body());
            jobs.add(JSON.readTree(last.body()).get("id").asText());
        }
        assertTrue(jobs.size() <= 2, "jobs: " + jobs);
        JsonNode done = await(last);
        assertEquals(commits.get(9), done.get("source").get("commit").asText(), done.toString());
        JsonNode history = versions();
        assertTrue(history.size() <= 4, history.toString());
        assertEquals(commits.get(9), history.get(history.size() - 1).get("source").get("commit").asText());
        assertSameFiles(repository.files("course"), export());
    }

    @Test
    @Order(7)
    void syncImportsTheHeadOnDemand() throws IOException {
        HttpResponse<String> synced = admin.send(admin.request("/api/v1/course_sources/1/sync?wait=true")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, synced.statusCode(), synced.body());
        assertEquals(repository.head(), JSON.readTree(synced.body()).get("source").get("commit").asText());
    }

    @Test
    @Order(8)
    void aSymbolicLinkFailsTheJobNamingIt() throws IOException {
        int before = versions().size();
        String linked = repository.symlink("course/static/secrets", "/etc/passwd");
        JsonNode job = await(push("refs/heads/main", linked, "link-1", secret));
        assertEquals("failed", job.get("state").asText(), job.toString());
        assertTrue(job.get("error").get("detail").asText().contains("symbolic link at 'course/static/secrets'"), job.toString());
        assertEquals(before, versions().size());
    }

    @Test
    @Order(9)
    void aRotatedSecretIsShownOnceAndTheOldOneStopsWorking() throws IOException {
        HttpResponse<String> rotated = admin.send(admin.request("/api/v1/course_sources/1")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rotate_secret\":\"true\"}")));
        assertEquals(200, rotated.statusCode(), rotated.body());
        String old = secret;
        secret = JSON.readTree(rotated.body()).get("webhook_secret").asText();
        secretsShown.add(secret);
        assertEquals(401, deliver("ping", "{}", "ping-old", old).statusCode());
        assertEquals(200, deliver("ping", "{}", "ping-new", secret).statusCode());
        String shown = admin.get("/api/v1/course_sources/1", "application/json").body();
        assertNull(JSON.readTree(shown).get("webhook_secret"));
        assertFalse(shown.contains(secret) || shown.contains(old) || shown.contains("FetchToken"), shown);
        assertFalse(admin.get("/api/v1/course_sources", "application/json").body().contains(secret));
    }

    @Test
    @Order(10)
    void noSecretIsInAnyDataFileOrLogLine() throws IOException {
        server.close();
        server = null;
        List<String> secrets = new ArrayList<>(secretsShown);
        secrets.add("FetchTokenOnlyTheServerKnows");
        try (Stream<Path> files = Files.walk(temp.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secretText : secrets) {
                    assertFalse(content.contains(secretText), file + " holds a secret in clear");
                }
            }
        }
        assertFalse(log.list.isEmpty(), "the logs were captured");
        for (ILoggingEvent event : log.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secretText : secrets) {
                assertFalse(line.contains(secretText), "a log line holds a secret: " + line);
            }
        }
    }

    private HttpResponse<String> push(String ref, String after, String deliveryId, String key) {
        return deliver("push", payload(ref, after), deliveryId, key);
    }

    private static String payload(String ref, String after) {
        boolean deleted = after.equals("0".repeat(40));
        return "{\"ref\":\"" + ref + "\",\"before\":\"" + "1".repeat(40) + "\",\"after\":\"" + after
                + "\",\"deleted\":" + deleted + ",\"repository\":{\"full_name\":\"mitx/circuits\"}}";
    }

    private HttpResponse<String> deliver(String event, String body, String deliveryId, String key) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return admin.send(admin.anonymousRequest(hook)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-GitHub-Event", event).header("X-GitHub-Delivery", deliveryId)
                .header("X-Hub-Signature-256", "sha256=" + WebhookProof.hmacSha256Hex(new WebhookSecret(key), bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** The job the response's Location names, once done. */
    private JsonNode await(HttpResponse<String> accepted) throws IOException {
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 300; i++) {
            JsonNode job = JSON.readTree(admin.get(location.substring(location.indexOf("/api/")), "application/json").body());
            if (job.get("state").asText().equals("succeeded") || job.get("state").asText().equals("failed")) {
                return job;
            }
            sleep();
        }
        throw new AssertionError("the job did not finish: " + location);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private JsonNode versions() throws IOException {
        return JSON.readTree(admin.get("/api/v1/courses/" + KEY, "application/json").body()).get("versions");
    }

    private Map<String, byte[]> export() throws IOException {
        HttpResponse<byte[]> exported = admin.send(admin.request("/api/v1/export/" + KEY).header("Accept", "application/x-tgz")
                .GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, exported.statusCode());
        Map<String, byte[]> files = new TreeMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new ByteArrayInputStream(exported.body())))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                files.put(entry.getName(), tar.readAllBytes());
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
