package org.courseport.bootstrap.durability;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.bootstrap.testing.ServerProcess;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A 2xx means stored: 32 clients create users and post test results while an import runs, the server
 * is killed with SIGKILL in the middle of it, and after a restart on the same data every write that
 * was acknowledged is there. On the embedded store; the PostgreSQL subclass runs it there.
 */
class CrashDurabilityTest {
    private static final int CLIENTS = 32;
    private static final String COURSE = "course-v1:MITx+Crash+2026";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /** Under target, so that the data and logs of a failed run stay for a look. */
    private final Path run = Path.of("target", "crash-runs", UUID.randomUUID().toString()).toAbsolutePath();

    /** The server under test in a process of its own, on {@code data}; a second call restarts it there. */
    protected ServerProcess launch(Path data) {
        return ServerProcess.launchEmbedded(data, run.resolve("server-" + System.nanoTime() + ".log"));
    }

    @RepeatedTest(5)
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Path data = run.resolve("data");
        Set<String> users = ConcurrentHashMap.newKeySet();
        Set<String> results = ConcurrentHashMap.newKeySet();
        List<Integer> versions = new ArrayList<>();
        String token;
        String group;
        try (ServerProcess server = launch(data).awaitHealthy()) {
            token = server.adminToken().orElseThrow();
            ApiClient admin = server.client(token);
            group = setUpACollectedSubmission(admin);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(writers.submit(() -> write(server.client(token), client, killed, users, results)));
            }
            running.add(writers.submit(() -> importVersions(server.client(token), killed, versions)));
            // The kill comes at a random moment once writing is under way, however slow the machine is today.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (users.size() + results.size() < CLIENTS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3000));
            killed.set(true);
            server.kill();
            for (Future<?> writer : running) {
                writer.get(1, TimeUnit.MINUTES);
            }
            writers.shutdown();
        }
        assertTrue(users.size() + results.size() > CLIENTS, "the clients wrote before the kill: " + users.size()
                + " users, " + results.size() + " results");

        try (ServerProcess restarted = launch(data).awaitHealthy()) {
            ApiClient admin = restarted.client(token);
            Set<String> missingUsers = new HashSet<>(users);
            missingUsers.removeAll(lines(admin.get("/api/v1/users.csv?fields=user_name")));
            assertEquals(Set.of(), missingUsers, "acknowledged users lost of " + users.size());
            Set<String> missingResults = new HashSet<>(results);
            missingResults.removeAll(lines(admin.get(group + "/test_results.csv?fields=filename")));
            assertEquals(Set.of(), missingResults, "acknowledged test results lost of " + results.size());
            if (!versions.isEmpty()) {
                String course = admin.get("/api/v1/courses/" + COURSE + ".json").body();
                for (int version : versions) {
                    assertTrue(course.contains("\"number\":" + version + ","), "version " + version + " lost: " + course);
                }
            }
            assertEquals(0, restarted.stop(), restarted.log());
        }
    }

    /** An assignment, a group of one student, a file, collected: what test results are posted to. */
    private static String setUpACollectedSubmission(ApiClient admin) {
        expect(201, admin.postForm("/api/v1/users.json", fields("user_name", "crash-student", "type", "student",
                "first_name", "Sam", "last_name", "Student")));
        String assignment = id(expect(201, admin.postForm("/api/v1/assignments.json",
                fields("short_identifier", "CRASH", "due_date", "2026-12-01"))));
        String groups = "/api/v1/assignments/" + assignment + "/groups";
        String group = groups + "/" + id(expect(201, admin.postForm(groups + ".json",
                fields("group_name", "g", "members", "crash-student"))));
        expect(201, admin.postForm(group + "/submission_files.json", fields("filename", "main.py", "file_content", "print(1)\n")));
        expect(201, admin.postForm(group + "/collect.json", fields()));
        return group;
    }

    /** Until the kill: a user, then a test result, and again; each name recorded once its 201 is in. */
    private static void write(ApiClient client, int number, AtomicBoolean killed, Set<String> users, Set<String> results) {
        for (int n = 0; !killed.get(); n++) {
            String name = "c" + number + "-" + n;
            try {
                if (n % 2 == 0) {
                    HttpResponse<String> created = client.postForm("/api/v1/users.json", fields("user_name", "u" + name,
                            "type", "student", "first_name", "Robot", "last_name", name));
                    record(created, users, "u" + name);
                } else {
                    HttpResponse<String> posted = client.postForm("/api/v1/test_results.json", fields("assignment", "CRASH",
                            "group_name", "g", "filename", "r" + name + ".txt", "file_content", "result " + name));
                    record(posted, results, "r" + name + ".txt");
                }
            } catch (RuntimeException connectionLost) {
                if (!killed.get()) {
                    throw connectionLost;
                }
            }
        }
    }

    /** Imports new versions of one course, one after another, each waited for; a 201 names the version stored. */
    private static void importVersions(ApiClient client, AtomicBoolean killed, List<Integer> versions) {
        for (int k = 0; !killed.get(); k++) {
            byte[] archive = OlxCourse.of("MITx", "Crash", "2026").put("static/round.txt", "round " + k)
                    .put("static/padding.bin", OlxCourse.binary(512 * 1024 + k)).tarGz();
            try {
                HttpResponse<String> imported = client.send(client.request("/api/v1/import/" + COURSE + ".json?wait=true")
                        .header("Content-Type", "application/gzip").POST(HttpRequest.BodyPublishers.ofByteArray(archive)));
                if (imported.statusCode() == 201) {
                    Matcher version = VERSION.matcher(imported.body());
                    assertTrue(version.find(), imported.body());
                    synchronized (versions) {
                        versions.add(Integer.parseInt(version.group(1)));
                    }
                } else if (imported.statusCode() == 503) {
                    pause();
                } else if (!killed.get()) {
                    throw new AssertionError("import answered " + imported.statusCode() + " " + imported.body());
                }
            } catch (RuntimeException connectionLost) {
                if (!killed.get()) {
                    throw connectionLost;
                }
            }
        }
    }

    private static void record(HttpResponse<String> response, Set<String> acknowledged, String name) {
        if (response.statusCode() == 201) {
            acknowledged.add(name);
        } else if (response.statusCode() == 503) {
            pause(); // busy: nothing was acknowledged, so nothing is owed; a polite client waits a little
        } else {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + " " + response.body());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> lines(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return new HashSet<>(Arrays.asList(csv.body().split("\r?\n")));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.request().uri() + " " + response.body());
        return response;
    }

    private static String id(HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        assertTrue(id.find(), response.body());
        return id.group(1);
    }
}
