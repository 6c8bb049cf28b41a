package org.courseport.client.http;

import java.util.List;
import org.courseport.client.json.Json;
import org.courseport.client.json.JsonObject;

/**
 * An RFC 9457 problem document as the server answered it. {@code kind} is the last segment of
 * {@code type} ({@code unprocessable-content}, {@code limit-exceeded}, ...); {@code document} is the
 * JSON as received, for callers that pass it on.
 */
public record Problem(String type, String kind, String title, int status, String detail, String instance,
                      List<FieldError> errors, String document) {

    /** One field at fault in a validation failure. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = List.copyOf(errors);
    }

    static Problem from(JsonObject problem, String document) {
        String type = problem.text("type");
        return new Problem(type, type == null ? null : type.substring(type.lastIndexOf('/') + 1), problem.text("title"),
                (int) problem.number("status"), problem.text("detail"), problem.text("instance"),
                problem.objects("errors").stream().map(e -> new FieldError(e.text("field"), e.text("message"))).toList(),
                document);
    }

    /**
     * The body of a refusal: the problem document it should be, or, from something in between (a proxy's
     * HTML page), a problem made of the status and the body's first line.
     */
    static Problem parse(int status, String body) {
        try {
            Problem problem = from(Json.object(body), body);
            if (problem.status() == status) {
                return problem;
            }
        } catch (IllegalArgumentException notAProblem) {
            // described below
        }
        String firstLine = body.strip().lines().findFirst().orElse("");
        return new Problem(null, null, "HTTP " + status, status,
                firstLine.isEmpty() ? "the server answered " + status : firstLine, null, List.of(), null);
    }

    /** The text a person needs: the detail, else the title. */
    public String explanation() {
        return detail != null && !detail.isBlank() ? detail : title;
    }
}
