package org.courseport.adapters.rest.gradeentry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.courseport.adapters.rest.http.Params;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.gradeentry.GradeEntryItemChange;
import org.courseport.domain.text.WritableText;

/**
 * Reads what MarkUs's client sends about marks spreadsheets: items as JSON objects ({@code name},
 * {@code out_of}, {@code bonus}, {@code id} on updates), grades as one JSON object of item name to number,
 * and a due date. A blank value (a JSON {@code null}) counts as not given.
 */
final class GradeEntryParams {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GradeEntryParams() {
    }

    /** Each entry of {@code grade_entry_items}, a JSON object. */
    static List<GradeEntryItemChange> items(Params params) {
        List<GradeEntryItemChange> items = new ArrayList<>();
        for (String text : params.all("grade_entry_items")) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode item = object("grade_entry_items", text);
            items.add(new GradeEntryItemChange(member(item, "id").map(id -> id.canConvertToExactIntegral()
                            ? id.asLong() : Long.parseLong(whole(id))),
                    member(item, "name").map(JsonNode::asText), member(item, "out_of").map(n -> number("out_of", n)),
                    member(item, "bonus").map(GradeEntryParams::bool)));
        }
        return items;
    }

    /**
     * {@code grade_entry_items} of {@code update_grades}: item name to grade, in the order given. A null
     * grade removes the grade given before; any other value must be a number (or a number's text).
     */
    static Map<String, Optional<Double>> grades(Params params) {
        String text = params.optional("grade_entry_items").filter(given -> !given.isBlank())
                .orElseThrow(() -> Unprocessable.field("grade_entry_items", "is required"));
        Map<String, Optional<Double>> grades = new LinkedHashMap<>();
        object("grade_entry_items", text).fields().forEachRemaining(field -> grades.put(field.getKey(),
                field.getValue().isNull() ? Optional.empty() : Optional.of(number(field.getKey(), field.getValue()))));
        return grades;
    }

    /**
     * {@code due_date}, else MarkUs's client's {@code date} (which MarkUs itself ignores): a date (midnight
     * UTC), a date and time in UTC, or one with its offset.
     */
    static Optional<Instant> dueDate(Params params) {
        Optional<String> given = params.optional("due_date").filter(text -> !text.isBlank())
                .or(() -> params.optional("date").filter(text -> !text.isBlank()));
        return given.map(String::strip).map(text -> {
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                }
                String iso = text.replace(' ', 'T');
                try {
                    return OffsetDateTime.parse(iso).toInstant();
                } catch (DateTimeParseException withoutOffset) {
                    return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
                }
            } catch (DateTimeParseException e) {
                throw Unprocessable.field("due_date", "must be a date (2026-12-01) or a date and time "
                        + "(2026-12-01T17:00:00Z), not '" + WritableText.excerpt(text) + "'");
            }
        });
    }

    private static JsonNode object(String field, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw Unprocessable.field(field, "must be a JSON object, not '" + WritableText.excerpt(text) + "'");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw Unprocessable.field(field, "must be a JSON object, not '" + WritableText.excerpt(text) + "'");
        }
    }

    private static Optional<JsonNode> member(JsonNode object, String name) {
        return Optional.ofNullable(object.get(name)).filter(value -> !value.isNull());
    }

    private static double number(String field, JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            if (value.isTextual()) {
                return Double.parseDouble(value.asText().strip());
            }
        } catch (NumberFormatException e) {
            // refused below, as every value that is not a number
        }
        throw Unprocessable.field(field, "must be a number, not " + WritableText.excerpt(value.toString()));
    }

    private static String whole(JsonNode value) {
        String text = value.asText().strip();
        if (!text.matches("[0-9]{1,18}")) {
            throw Unprocessable.field("grade_entry_items", "an item's id must be a whole number, not "
                    + WritableText.excerpt(value.toString()));
        }
        return text;
    }

    private static boolean bool(JsonNode value) {
        String text = value.asText().strip().toLowerCase(Locale.ROOT);
        if (value.isBoolean() || text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        throw Unprocessable.field("bonus", "must be true or false, not " + WritableText.excerpt(value.toString()));
    }
}
