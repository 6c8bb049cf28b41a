package org.courseport.bootstrap.e2e;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.adapters.persistence.database.Database;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.bootstrap.testing.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many robots at once against the server as {@code serve} wires it, on the embedded store: each client
 * runs the same mixed script of reads, writes and requests that must fail, a fixed number of requests,
 * no timing. Every answer must be the one the script expects, and the store must hold exactly what
 * the clients wrote.
 */
class ConcurrentClientsTest {
    private static final int CLIENTS = 64;
    private static final int USERS_PER_CLIENT = 4;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @TempDir
    Path data;
    private RunningServer server;
    private String taToken;
    private String assignment;
    private final Queue<String> surprises = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() {
        server = RunningServer.embedded(data);
        ApiClient admin = server.admin();
        String ta = id(admin.postForm("/api/v1/users.json", fields("user_name", "load-ta", "type", "ta",
                "first_name", "Tess", "last_name", "Grader")));
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"")
                .matcher(admin.postForm("/api/v1/users/" + ta + "/token.json", fields()).body());
        assertTrue(token.find());
        taToken = token.group(1);
        assignment = id(admin.postForm("/api/v1/assignments.json", fields("short_identifier", "LOAD",
                "due_date", "2026-12-01")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sixtyFourClientsGetExactlyTheAnswersTheyExpectAndTheStoreHoldsWhatTheyWrote() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                go.await();
                script(client, server.admin(), server.client(taToken));
                return null;
            }));
        }
        go.countDown();
        for (Future<?> client : clients) {
            client.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertEquals(List.of(), List.copyOf(surprises));
        assertEquals(CLIENTS * 26, requests.get());
        int kept = CLIENTS * (USERS_PER_CLIENT - 1);
        Database database = server.server().injector().getInstance(Database.class);
        assertEquals(2 + kept, count(database, "select count(*) from users"), "admin, the TA and what the clients kept");
        assertEquals(kept, count(database, "select count(*) from users where section_name like 'c%'"),
                "each client's users, less the one it deleted");
        assertEquals(CLIENTS, count(database,
                "select count(*) from users where first_name = 'Changed' || substring(section_name from 2)"),
                "each client's change, on its own user");
        assertEquals(CLIENTS, count(database, "select count(*) from test_results"),
                "one result per group: the second POST replaced the first");
        HttpResponse<String> all = server.admin().get("/api/v1/users.json?limit=1");
        assertEquals(String.valueOf(2 + kept), all.headers().firstValue("X-Total-Count").orElseThrow());
    }

    /** 26 requests: what one robot does, each answer checked against the one it must be. */
    private void script(int client, ApiClient admin, ApiClient ta) {
        String section = "c" + client;
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < USERS_PER_CLIENT; n++) {
            HttpResponse<String> created = expect(201, admin.postForm("/api/v1/users.json", fields(
                    "user_name", "load-" + client + "-" + n, "type", "student", "first_name", "Robot",
                    "last_name", "No" + n, "section_name", section)));
            ids.add(id(created));
        }
        for (int n = 0; n < USERS_PER_CLIENT; n++) {
            HttpResponse<String> read = expect(200, admin.get("/api/v1/users/" + ids.get(n) + ".json"));
            if (!read.body().contains("\"user_name\":\"load-" + client + "-" + n + "\"")) {
                surprises.add("client " + client + " read someone else: " + read.body());
            }
        }
        expect(200, admin.putForm("/api/v1/users/" + ids.get(0) + ".json", fields("first_name", "Changed" + client)));
        expect(409, admin.postForm("/api/v1/users.json", fields("user_name", "load-" + client + "-0", "type", "student",
                "first_name", "Again", "last_name", "Again")));
        expect(404, admin.get("/api/v1/users/999999999.json"));
        expect(400, admin.get("/api/v1/users.json?limit=many"));
        expect(401, admin.as("cpt_" + "x".repeat(43)).get("/api/v1/users.json"));
        expect(403, ta.postForm("/api/v1/users.json", fields("user_name", "ta-made-" + client, "type", "student",
                "first_name", "No", "last_name", "No")));
        expect(200, ta.get("/api/v1/users/" + ids.get(1) + ".xml"));
        expect(200, ta.get("/api/v1/users.csv?limit=10"));
        expect(204, admin.delete("/api/v1/users/" + ids.get(USERS_PER_CLIENT - 1)));
        expect(404, admin.get("/api/v1/users/" + ids.get(USERS_PER_CLIENT - 1) + ".json"));
        HttpResponse<String> mine = expect(200, admin.get("/api/v1/users.json?filter=section_name:" + section));
        long rows = ID.matcher(mine.body()).results().count();
        if (rows != USERS_PER_CLIENT - 1) {
            surprises.add("client " + client + " lists " + rows + " of its users: " + mine.body());
        }
        grade(client, admin, ta);
    }

    /** 7 requests: a group of one of the client's users, its submission collected, its test result posted twice. */
    private void grade(int client, ApiClient admin, ApiClient ta) {
        String groups = "/api/v1/assignments/" + assignment + "/groups";
        String group = groups + "/" + id(expect(201, admin.postForm(groups + ".json",
                fields("group_name", "g" + client, "members", "load-" + client + "-1"))));
        expect(201, ta.postForm(group + "/submission_files.json", fields("filename", "main.py",
                "file_content", "print(" + client + ")\n")));
        expect(201, ta.postForm(group + "/collect.json", fields()));
        Map<String, String> result = fields("assignment", "LOAD", "group_name", "g" + client,
                "filename", "result.json", "file_content", "{\"client\": " + client + "}");
        expect(201, ta.postForm("/api/v1/test_results.json", result));
        expect(200, ta.postForm("/api/v1/test_results.json", result));
        expect(404, ta.postForm("/api/v1/test_results.json", fields("assignment", "LOAD", "group_name", "none" + client,
                "filename", "result.json", "file_content", "{}")));
        HttpResponse<String> results = expect(200, ta.get(group + "/test_results.json"));
        if (ID.matcher(results.body()).results().count() != 1 || !results.body().contains("client")) {
            surprises.add("client " + client + " reads results " + results.body());
        }
    }

    private HttpResponse<String> expect(int status, HttpResponse<String> response) {
        requests.incrementAndGet();
        if (response.statusCode() != status) {
            surprises.add(response.request().method() + " " + response.uri() + ": expected " + status + ", got "
                    + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static int count(Database database, String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static String id(HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        if (!id.find()) {
            throw new AssertionError("no id in " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }
}
