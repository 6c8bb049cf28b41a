package org.courseport.adapters.rest.http;

import static org.courseport.adapters.rest.testing.ApiClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courseport.adapters.rest.testing.ApiClient;
import org.courseport.adapters.rest.testing.GradingApiServer;
import org.courseport.adapters.rest.testing.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every write route, given its parameters in each of the four encodings the contract allows (query
 * string, form, multipart, JSON), answers the same. Each encoding walks the same story over its own
 * names (an {@code E} in a name or path is the encoding), and the answers are compared with ids and
 * times left out.
 */
class ParameterEncodingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What differs between two runs of the same story: ids, times, secrets. */
    private static final Set<String> VOLATILE = Set.of("id", "user_id", "group_id", "assignment_id", "submission_id",
            "created_at", "updated_at", "collected_at", "token");

    private static GradingApiServer server;
    private static ApiClient admin;

    /** One request of the story: its verb, its path ({key} for an id captured before), its parameters. */
    private record Step(String verb, String path, Map<String, String> params, int status, String captures) {
    }

    private static final String GROUP = "/api/v1/assignments/{assignment}/groups/{group}";
    private static final List<Step> STORY = List.of(
            new Step("POST", "/api/v1/users", fields("user_name", "stu_E", "type", "student", "first_name", "Ann",
                    "last_name", "Lee", "email", "ann@example.org", "section_name", "S1", "grace_credits", "2"), 201, "student"),
            new Step("POST", "/api/v1/users", fields("user_name", "mate_E", "type", "student", "first_name", "Bo",
                    "last_name", "Ng"), 201, "mate"),
            new Step("PUT", "/api/v1/users/{student}", fields("first_name", "Zed", "grace_credits", "3"), 200, null),
            new Step("POST", "/api/v1/users/{student}/token", fields(), 201, null),
            new Step("POST", "/api/v1/assignments", fields("short_identifier", "A_E", "due_date", "2026-09-01",
                    "group_max", "2", "enable_test", "true"), 201, "assignment"),
            new Step("PUT", "/api/v1/assignments/{assignment}", fields("message", "Good luck", "tokens_per_day", "4"), 200, null),
            new Step("POST", "/api/v1/assignments/{assignment}/groups", fields("group_name", "g_E", "members", "stu_E"),
                    201, "group"),
            new Step("POST", GROUP + "/members", fields("members", "mate_E"), 200, null),
            new Step("POST", GROUP + "/submission_files", fields("filename", "src/main.py", "file_content", "print(1)\n"),
                    201, null),
            new Step("POST", GROUP + "/collect", fields(), 201, null),
            new Step("POST", GROUP + "/test_results", fields("filename", "r.txt", "file_content", "passed 3/4"), 201, "result"),
            new Step("PUT", GROUP + "/test_results/{result}", fields("file_content", "passed 4/4"), 200, null),
            new Step("POST", "/api/test_results", fields("assignment", "A_E", "group_name", "g_E", "filename", "s.txt",
                    "file_content", "style: ok"), 201, null),
            new Step("DELETE", GROUP + "/test_results/{result}", fields(), 204, null),
            new Step("POST", "/api/v1/users", fields("user_name", "gone_E", "type", "ta", "first_name", "Cy",
                    "last_name", "Do"), 201, "gone"),
            new Step("DELETE", "/api/v1/users/{gone}", fields(), 204, null));

    @BeforeAll
    static void start() {
        server = new GradingApiServer();
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyWriteRouteAnswersTheSameInEveryEncoding() throws Exception {
        Map<Encoding, List<String>> answers = new HashMap<>();
        for (Encoding encoding : Encoding.values()) {
            answers.put(encoding, tell(encoding));
        }
        for (Encoding encoding : Encoding.values()) {
            for (int i = 0; i < STORY.size(); i++) {
                assertEquals(answers.get(Encoding.QUERY).get(i), answers.get(encoding).get(i),
                        encoding + ": " + STORY.get(i).verb() + " " + STORY.get(i).path());
            }
        }
    }

    /** The story told in one encoding: each answer as status and body, ids, times and the encoding's name left out. */
    private static List<String> tell(Encoding encoding) throws Exception {
        Map<String, String> ids = new HashMap<>();
        List<String> answers = new ArrayList<>();
        for (Step step : STORY) {
            String path = step.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            Map<String, String> params = new HashMap<>();
            step.params().forEach((name, value) -> params.put(name, value.replace("_E", "_" + encoding)));
            HttpResponse<String> response = admin.send(encoding.request(admin, step.verb(), path, params)
                    .header("Accept", "application/json"));
            assertEquals(step.status(), response.statusCode(),
                    encoding + " " + step.verb() + " " + path + ": " + response.body());
            if (step.captures() != null) {
                ids.put(step.captures(), JSON.readTree(response.body()).get("id").asText());
            }
            String body = response.body().replace("_" + encoding, "_E");
            answers.add(response.statusCode() + " " + (body.isEmpty() ? "" : withoutVolatile(JSON.readTree(body))));
        }
        return answers;
    }

    private static JsonNode withoutVolatile(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(VOLATILE);
        }
        node.forEach(ParameterEncodingsTest::withoutVolatile);
        return node;
    }

    /** The four ways a client may send parameters; GET and DELETE carry bodies too. */
    enum Encoding {
        QUERY {
            @Override
            HttpRequest.Builder request(ApiClient client, String verb, String path, Map<String, String> params) {
                String query = params.isEmpty() ? "" : "?" + ApiClient.form(params);
                return client.request(path + query).method(verb, HttpRequest.BodyPublishers.noBody());
            }
        },
        FORM {
            @Override
            HttpRequest.Builder request(ApiClient client, String verb, String path, Map<String, String> params) {
                return client.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                        .method(verb, HttpRequest.BodyPublishers.ofString(ApiClient.form(params)));
            }
        },
        MULTIPART {
            @Override
            HttpRequest.Builder request(ApiClient client, String verb, String path, Map<String, String> params) {
                if (params.isEmpty()) {
                    // a multipart body has at least one part (RFC 2046): with nothing to send, there is no body
                    return QUERY.request(client, verb, path, params);
                }
                Multipart multipart = new Multipart();
                params.forEach(multipart::field);
                return client.request(path).header("Content-Type", multipart.contentType())
                        .method(verb, multipart.publisher());
            }
        },
        JSON_BODY {
            @Override
            HttpRequest.Builder request(ApiClient client, String verb, String path, Map<String, String> params) {
                try {
                    return client.request(path).header("Content-Type", "application/json")
                            .method(verb, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(params)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        abstract HttpRequest.Builder request(ApiClient client, String verb, String path, Map<String, String> params);
    }
}
