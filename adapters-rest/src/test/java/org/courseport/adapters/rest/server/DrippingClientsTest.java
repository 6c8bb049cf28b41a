package org.courseport.adapters.rest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.RawHttp;
import org.courseport.adapters.rest.testing.UsersApiServer;
import org.junit.jupiter.api.Test;

/**
 * 64 connections that send a POST's headers and then one body byte a second, half without a valid
 * token, cannot stop the server: the health check and an authenticated read keep answering within
 * a second, and no one is answered 500.
 */
class DrippingClientsTest {
    private static final int CONNECTIONS = 64;
    private static final int BODY_SLOTS = 8;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration WATCH = Duration.ofSeconds(6);

    /** What one dripping client was answered, and how long after its headers. */
    private record Outcome(boolean authenticated, int status, Duration after) {
    }

    @Test
    void drippingClientsCannotTakeTheServer() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        AtomicBoolean dripping = new AtomicBoolean(true);
        try (UsersApiServer server = new UsersApiServer(new ServerLimits(16, BODY_SLOTS, READ_TIMEOUT))) {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                String token = i % 2 == 0 ? server.adminToken : i % 4 == 1 ? null : "cpt_" + "A".repeat(43);
                outcomes.add(clients.submit(() -> drip(server, token, dripping)));
            }
            ApiClient admin = server.admin();
            long watchUntil = System.nanoTime() + WATCH.toNanos();
            int rounds = 0;
            while (System.nanoTime() < watchUntil) {
                assertAnsweredWithinASecond(admin, "/health");
                assertAnsweredWithinASecond(admin, "/api/v1/users");
                rounds++;
                Thread.sleep(200);
            }
            dripping.set(false);

            int refusedAnonymous = 0;
            int busy = 0;
            for (Future<Outcome> future : outcomes) {
                Outcome outcome = future.get();
                assertTrue(outcome.status() != 500, "no 500: " + outcome);
                if (!outcome.authenticated()) {
                    assertEquals(401, outcome.status(), outcome.toString());
                    assertTrue(outcome.after().compareTo(Duration.ofSeconds(2)) < 0, "401 before the body: " + outcome);
                    refusedAnonymous++;
                } else if (outcome.status() == 503) {
                    busy++;
                } else {
                    assertTrue(Set.of(408, 201, 400).contains(outcome.status()), outcome.toString());
                }
            }
            assertEquals(CONNECTIONS / 2, refusedAnonymous);
            assertTrue(busy >= CONNECTIONS / 2 - BODY_SLOTS, busy + " answered 503");
            assertTrue(rounds >= 5, "watched " + rounds + " rounds");
        } finally {
            dripping.set(false);
            clients.shutdownNow();
        }
    }

    private static void assertAnsweredWithinASecond(ApiClient client, String path) {
        long started = System.nanoTime();
        HttpResponse<String> response = client.get(path);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(200, response.statusCode(), path);
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, path + " took " + took);
    }

    /** Sends a POST's headers, then a body byte a second until answered or told to stop; then waits for the answer. */
    private static Outcome drip(UsersApiServer server, String token, AtomicBoolean dripping) throws Exception {
        String body = "{\"user_name\": \"dripper\", \"type\": \"student\"}";
        try (RawHttp client = new RawHttp(server.base())) {
            long started = System.nanoTime();
            client.send("POST /api/v1/users HTTP/1.1\nHost: test\nAccept: application/json\nContent-Type: application/json\n"
                    + (token == null ? "" : "Authorization: MarkUsAuth " + token + "\n")
                    + "Content-Length: " + body.length() + "\n\n");
            for (int i = 0; i < body.length() && dripping.get() && !client.answered(); i++) {
                Thread.sleep(1000);
                if (!client.answered()) {
                    try {
                        client.sendBytes(new byte[] {(byte) body.charAt(i)});
                    } catch (java.io.IOException closed) {
                        break; // refused and closed: the answer is already here
                    }
                }
            }
            RawHttp.Reply reply = client.read(READ_TIMEOUT.multipliedBy(3));
            return new Outcome(token != null && token.equals(server.adminToken), reply.status(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
