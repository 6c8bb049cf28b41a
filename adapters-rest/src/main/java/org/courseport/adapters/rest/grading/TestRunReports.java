package org.courseport.adapters.rest.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.courseport.application.grading.TestRunReport;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.testrun.TestCase;
import org.courseport.domain.testrun.TestStatus;
import org.courseport.domain.text.WritableText;

/**
 * Reads the {@code test_results} document of MarkUs's {@code add_test_run} (its {@code TestResultsContract}):
 * anything the contract requires and lacks is unprocessable, as MarkUs's 422. Annotations, tags, overall
 * comments and extra marks, which that contract also allows, are marking and are not kept here.
 */
final class TestRunReports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRunReports() {
    }

    static TestRunReport parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw Unprocessable.field("test_results", "must be a JSON object: " + WritableText.excerpt(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw Unprocessable.field("test_results", "must be a JSON object");
        }
        List<TestRunReport.Group> groups = new ArrayList<>();
        for (JsonNode group : array(root, "test_groups", true)) {
            groups.add(group(group));
        }
        return new TestRunReport(text(root, "status"), optionalText(root, "error"), groups);
    }

    private static TestRunReport.Group group(JsonNode group) {
        JsonNode extra = group.path("extra_info");
        if (!extra.isObject()) {
            throw Unprocessable.field("test_groups.extra_info", "must name the test group");
        }
        List<TestCase> tests = new ArrayList<>();
        for (JsonNode test : array(group, "tests", true)) {
            tests.add(new TestCase(text(test, "name"), TestStatus.parse(text(test, "status")), number(test, "marks_earned"),
                    number(test, "marks_total"), test.path("output").isTextual() ? test.get("output").asText() : null,
                    optionalLong(test, "time")));
        }
        List<TestRunReport.Feedback> feedback = new ArrayList<>();
        for (JsonNode file : array(group, "feedback", false)) {
            feedback.add(new TestRunReport.Feedback(text(file, "filename"), text(file, "mime_type"), content(file)));
        }
        OptionalLong time = optionalLong(group, "time");
        return new TestRunReport.Group(text(extra, "name"), optionalLong(extra, "test_group_id"),
                time.isPresent() ? time.getAsLong() : 0, !group.path("timeout").isMissingNode()
                && !group.path("timeout").isNull(), optionalText(group, "stderr"), optionalText(group, "malformed"), tests,
                feedback);
    }

    /**
     * The content as text. A gzip-compressed content (MarkUs's {@code compression}) would be bytes as characters,
     * which no parameter may hold (control characters are refused everywhere): refused, so nothing is mangled.
     */
    private static byte[] content(JsonNode file) {
        JsonNode compression = file.path("compression");
        if (!compression.isMissingNode() && !compression.isNull()) {
            throw Unprocessable.field("feedback.compression", "is not taken: send the content as text");
        }
        return text(file, "content").getBytes(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> array(JsonNode node, String field, boolean required) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw Unprocessable.field(field, "is required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw Unprocessable.field(field, "must be an array of objects");
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw Unprocessable.field(field, "must be an array of objects");
            }
            items.add(item);
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw Unprocessable.field(field, "must be non-blank text");
        }
        return value.asText();
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw Unprocessable.field(field, "must be text");
        }
        return Optional.of(value.asText());
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw Unprocessable.field(field, "must be a number");
        }
        return value.asDouble();
    }

    private static OptionalLong optionalLong(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber()) {
            throw Unprocessable.field(field, "must be a whole number");
        }
        return OptionalLong.of(value.asLong());
    }
}
