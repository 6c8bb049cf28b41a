package org.courseport.adapters.rest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Two courses made the way MarkUs's current client makes them, on a {@link FullApiServer}: {@code csc}
 * with an instructor, a TA and two students, and {@code mat} with a TA of its own. Every one of them
 * has a token; the ids are the ones the server gave.
 */
public final class MarkusWorld implements AutoCloseable {
    public final FullApiServer server = new FullApiServer();
    public final MarkusClient admin = new MarkusClient(server.admin());
    public final long csc;
    public final long mat;
    private final Map<String, String> tokens = new HashMap<>();

    public MarkusWorld() {
        for (String name : new String[] {"inst", "ta1", "ta2", "stu1", "stu2", "stu3", "stu4"}) {
            user(name);
        }
        csc = course("csc108");
        mat = course("mat137");
        role(csc, "inst", "Instructor");
        role(csc, "ta1", "Ta");
        role(mat, "ta2", "Ta");
        for (String student : new String[] {"stu1", "stu2", "stu3", "stu4"}) {
            role(csc, student, "Student");
        }
    }

    /** A user made by {@code new_user} (an {@code EndUser}), with a token. */
    public void user(String name) {
        user(name, "EndUser");
    }

    /** A user of the given type (either vocabulary), with a token. */
    public void user(String name, String type) {
        HttpResponse<byte[]> made = admin.query("POST", "users", "user_name", name, "type", type,
                "first_name", name, "last_name", "Test");
        assertEquals(201, made.statusCode(), new String(made.body()));
        long id = MarkusClient.body(made).get("id").asLong();
        HttpResponse<String> token = server.admin().send(server.admin().request("/api/v1/users/" + id + "/token.json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, token.statusCode(), token.body());
        tokens.put(name, MarkusClient.parse(token.body().getBytes(StandardCharsets.UTF_8)).get("token").asText());
    }

    public long course(String name) {
        HttpResponse<byte[]> made = admin.query("POST", "courses", "name", name, "display_name", name.toUpperCase(),
                "is_hidden", "False");
        assertEquals(200, made.statusCode(), new String(made.body()));
        return MarkusClient.body(made).get("id").asLong();
    }

    public void role(long course, String user, String type) {
        HttpResponse<byte[]> made = admin.query("POST", "courses/" + course + "/roles", "user_name", user, "type", type);
        assertEquals(201, made.statusCode(), new String(made.body()));
    }

    /** The client as {@code name} ({@code admin} for the first admin, {@code nobody} for no token). */
    public MarkusClient as(String name) {
        return switch (name) {
            case "admin" -> admin;
            case "nobody" -> new MarkusClient(server.anonymous());
            default -> new MarkusClient(server.admin().as(tokens.get(name)));
        };
    }

    @Override
    public void close() {
        server.close();
    }
}
