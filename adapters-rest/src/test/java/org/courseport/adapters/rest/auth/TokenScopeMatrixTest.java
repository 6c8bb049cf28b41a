package org.courseport.adapters.rest.auth;

import static org.courseport.adapters.rest.testing.MarkusClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.MarkusClient;
import org.courseport.adapters.rest.testing.MarkusWorld;
import org.courseport.domain.auth.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each route family called, through a real server, with tokens of the first admin (whose role allows
 * everything, so only the token refuses): one token per scope, a token limited to another course, one
 * limited to the family's course, and an expired one. A token with the family's scope gets the family's
 * own answer; one without it a 403 naming the scope; one limited to another course a 403 naming the course
 * where the family acts in a course; the expired one a 401 saying it expired, with the challenge.
 */
class TokenScopeMatrixTest {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static MarkusWorld world;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static String course;
    private static String group;

    @BeforeAll
    static void start() throws InterruptedException {
        world = new MarkusWorld();
        course = "courses/" + world.csc;
        HttpResponse<byte[]> made = world.admin.json("POST", course + "/assignments",
                "{\"short_identifier\": \"T1\", \"due_date\": \"2026-10-01\", \"group_max\": 4}");
        String assignment = course + "/assignments/" + body(made).get("id").asLong();
        group = assignment + "/groups/" + body(world.admin.json("POST", assignment + "/groups",
                "{\"new_group_name\": \"tg\", \"members\": [\"stu1\"]}")).get("id").asLong();
        world.admin.query("POST", group + "/collect_submission");
        for (Scope scope : Scope.values()) {
            TOKENS.put(scope.wireName(), token("only-" + scope.name().toLowerCase().replace('_', '-'), scope.wireName(), null, null));
        }
        TOKENS.put("other course", token("other-course", null, String.valueOf(world.mat), null));
        TOKENS.put("its course", token("its-course", null, String.valueOf(world.csc), null));
        TOKENS.put("expired", token("expired", null, null, Instant.now().plusSeconds(2).toString()));
        Thread.sleep(2_100);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** A token of the first admin (user 1), made through the API with the admin's default token. */
    private static String token(String name, String scopes, String courses, String expiresAt) {
        StringBuilder form = new StringBuilder("name=" + name);
        if (scopes != null) {
            form.append("&scopes=").append(scopes);
        }
        if (courses != null) {
            form.append("&courses=").append(courses);
        }
        if (expiresAt != null) {
            form.append("&expires_at=").append(expiresAt);
        }
        ApiClient admin = world.server.admin();
        HttpResponse<String> made = admin.send(admin.request("/api/v1/users/1/tokens.json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        assertEquals(201, made.statusCode(), made.body());
        return MarkusClient.parse(made.body().getBytes(StandardCharsets.UTF_8)).get("token").asText();
    }

    /** Where a family acts, as {@link RouteScopes.Course} says. */
    private enum Where { IN_COURSE, DEFAULT_COURSE, EVERY_COURSE, NO_COURSE }

    /** A route family: a call to it, the scope it needs, where it acts, and what it answers when let in. */
    private record Family(String name, Scope scope, Where where, int answer,
                          BiFunction<ApiClient, String, HttpResponse<byte[]>> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Family> families() {
        List<Family> families = new ArrayList<>();
        families.add(new Family("list users", Scope.USERS_READ, Where.NO_COURSE, 200, (c, u) -> new MarkusClient(c).query("GET", "v1/users")));
        families.add(new Family("change a user", Scope.USERS_WRITE, Where.NO_COURSE, 200,
                (c, u) -> new MarkusClient(c).query("PUT", "v1/users/2", "first_name", "F" + u)));
        families.add(new Family("list tokens", Scope.USERS_READ, Where.NO_COURSE, 200, (c, u) -> new MarkusClient(c).query("GET", "v1/users/2/tokens")));
        families.add(new Family("revoke a token", Scope.USERS_WRITE, Where.NO_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("DELETE", "v1/users/2/tokens/999999")));
        families.add(new Family("list MarkUs courses", Scope.COURSES_READ, Where.NO_COURSE, 200, (c, u) -> new MarkusClient(c).query("GET", "courses")));
        families.add(new Family("make a MarkUs course", Scope.ADMIN, Where.NO_COURSE, 200,
                (c, u) -> new MarkusClient(c).query("POST", "courses", "name", "m" + u, "display_name", "M")));
        families.add(new Family("list roles", Scope.COURSES_READ, Where.IN_COURSE, 200, (c, u) -> new MarkusClient(c).query("GET", course + "/roles")));
        families.add(new Family("make a section", Scope.ADMIN, Where.IN_COURSE, 201,
                (c, u) -> new MarkusClient(c).query("POST", course + "/sections", "name", "s" + u)));
        families.add(new Family("read submission files", Scope.SUBMISSIONS_READ, Where.IN_COURSE, 200,
                (c, u) -> new MarkusClient(c).query("GET", group + "/submission_files")));
        families.add(new Family("collect", Scope.GRADING_WRITE, Where.IN_COURSE, 201,
                (c, u) -> new MarkusClient(c).query("POST", group + "/collect_submission")));
        families.add(new Family("list feedback files", Scope.GRADING_READ, Where.IN_COURSE, 200,
                (c, u) -> new MarkusClient(c).query("GET", group + "/feedback_files")));
        families.add(new Family("change a feedback file", Scope.RESULTS_WRITE, Where.IN_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("PUT", group + "/feedback_files/999999", "filename", "f")));
        families.add(new Family("list course assignments", Scope.GRADING_READ, Where.IN_COURSE, 200,
                (c, u) -> new MarkusClient(c).query("GET", course + "/assignments")));
        families.add(new Family("make a course assignment", Scope.GRADING_WRITE, Where.IN_COURSE, 201,
                (c, u) -> new MarkusClient(c).json("POST", course + "/assignments",
                        "{\"short_identifier\": \"A" + u + "\", \"due_date\": \"2026-10-01\"}")));
        families.add(new Family("list OLX courses", Scope.COURSES_READ, Where.EVERY_COURSE, 200, (c, u) -> new MarkusClient(c).query("GET", "v1/courses")));
        families.add(new Family("delete an OLX course", Scope.COURSES_IMPORT, Where.EVERY_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("DELETE", "v1/courses/course-v1:No+Such+Course")));
        families.add(new Family("read an import job", Scope.COURSES_READ, Where.EVERY_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("GET", "v1/imports/999999")));
        families.add(new Family("export", Scope.COURSES_EXPORT, Where.EVERY_COURSE, 404,
                (c, u) -> c.send(c.request("/api/v1/export/course-v1:No+Such+Course").header("Accept", "application/gzip").GET(),
                        HttpResponse.BodyHandlers.ofByteArray())));
        families.add(new Family("list git sources", Scope.COURSES_READ, Where.EVERY_COURSE, 200,
                (c, u) -> new MarkusClient(c).query("GET", "v1/course_sources")));
        families.add(new Family("delete a git source", Scope.ADMIN, Where.EVERY_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("DELETE", "v1/course_sources/999999")));
        families.add(new Family("download a collected submission", Scope.SUBMISSIONS_READ, Where.DEFAULT_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("GET", "v1/assignments/999999/groups/1/submission_downloads")));
        families.add(new Family("collect in the default course", Scope.GRADING_WRITE, Where.DEFAULT_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("POST", "v1/assignments/999999/groups/1/collect")));
        families.add(new Family("list test results", Scope.GRADING_READ, Where.DEFAULT_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("GET", "v1/assignments/999999/groups/1/test_results")));
        families.add(new Family("delete a test result", Scope.RESULTS_WRITE, Where.DEFAULT_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("DELETE", "v1/assignments/999999/groups/1/test_results/1")));
        families.add(new Family("list assignments", Scope.GRADING_READ, Where.DEFAULT_COURSE, 200,
                (c, u) -> new MarkusClient(c).query("GET", "v1/assignments")));
        families.add(new Family("change an assignment", Scope.GRADING_WRITE, Where.DEFAULT_COURSE, 404,
                (c, u) -> new MarkusClient(c).query("PUT", "v1/assignments/999999", "description", "d")));
        return families;
    }

    static Stream<Arguments> cases() {
        List<String> holders = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            holders.add(scope.wireName());
        }
        holders.addAll(List.of("other course", "its course", "expired"));
        return families().stream().flatMap(family -> holders.stream().map(holder -> Arguments.of(family, holder)));
    }

    @ParameterizedTest(name = "{0} with the token {1}")
    @MethodSource("cases")
    void eachTokenGetsWhatItsScopeCourseAndExpiryAllow(Family family, String holder) {
        HttpResponse<byte[]> answer = family.call().apply(world.server.admin().as(TOKENS.get(holder)),
                String.valueOf(UNIQUE.incrementAndGet()));
        String text = new String(answer.body(), StandardCharsets.UTF_8);

        int expected = expected(family, holder);
        assertEquals(expected, answer.statusCode(), text);
        if (expected == 401) {
            assertTrue(text.contains("expired"), text);
            assertTrue(answer.headers().firstValue("WWW-Authenticate").isPresent());
        } else if (expected == 403 && holder.endsWith(" course")) {
            long limit = holder.equals("other course") ? world.mat : world.csc;
            assertTrue(text.contains("limited to course " + limit), text);
        } else if (expected == 403) {
            assertTrue(text.contains("lacks the scope " + family.scope().wireName()), text);
        }
    }

    private static int expected(Family family, String holder) {
        return switch (holder) {
            case "expired" -> 401;
            case "other course" -> family.where() == Where.NO_COURSE ? family.answer() : 403;
            case "its course" -> family.where() == Where.IN_COURSE || family.where() == Where.NO_COURSE ? family.answer() : 403;
            default -> holder.equals(family.scope().wireName()) ? family.answer() : 403;
        };
    }
}
