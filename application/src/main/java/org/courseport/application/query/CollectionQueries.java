package org.courseport.application.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.query.CollectionQuery;
import org.courseport.domain.query.FieldSpec;
import org.courseport.domain.query.Filter;
import org.courseport.domain.query.ResourceSchema;
import org.courseport.domain.query.Sort;
import org.courseport.domain.text.WritableText;

/** Reads the collection parameters of every resource against that resource's schema, in one place. */
public final class CollectionQueries {

    private CollectionQueries() {
    }

    public static CollectionQuery parse(ResourceSchema schema, CollectionRequest request) {
        return new CollectionQuery(schema,
                filters(schema, request.filter()),
                fields(schema, request.fields()),
                sort(schema, request.sort()),
                limit(request.limit()),
                offset(request.offset()));
    }

    private static List<Filter> filters(ResourceSchema schema, String text) {
        List<Filter> filters = new ArrayList<>();
        for (String part : items(text)) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw InvalidInput.field("filter", "expected field:value, got '" + WritableText.excerpt(part) + "'");
            }
            String name = part.substring(0, colon).strip();
            FieldSpec field = schema.field(name).filter(FieldSpec::filterable).orElseThrow(() ->
                    InvalidInput.field("filter", "cannot filter " + schema.resource() + " on '" + WritableText.excerpt(name)
                            + "'; allowed: " + String.join(", ", schema.filterable())));
            filters.add(new Filter(field, value(field, part.substring(colon + 1).strip())));
        }
        return filters;
    }

    private static Object value(FieldSpec field, String text) {
        try {
            return switch (field.type()) {
                case TEXT -> text;
                case INTEGER -> Long.parseLong(text);
                case BOOLEAN -> bool(text);
                case DATE -> LocalDate.parse(text);
                case TIMESTAMP -> OffsetDateTime.parse(text).toInstant();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw InvalidInput.field("filter", "'" + WritableText.excerpt(text) + "' is not a valid "
                    + field.type().name().toLowerCase(Locale.ROOT) + " for " + field.name());
        }
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new NumberFormatException(text);
        };
    }

    private static List<String> fields(ResourceSchema schema, String text) {
        Set<String> fields = new LinkedHashSet<>();
        for (String name : items(text)) {
            if (schema.field(name).isEmpty()) {
                throw InvalidInput.field("fields", schema.resource() + " have no field '" + WritableText.excerpt(name)
                        + "'; allowed: " + String.join(", ", schema.names()));
            }
            fields.add(name);
        }
        return List.copyOf(fields);
    }

    private static Sort sort(ResourceSchema schema, String text) {
        String spec = text == null || text.isBlank() ? "id" : text.strip();
        boolean descending = spec.startsWith("-");
        String name = descending ? spec.substring(1) : spec;
        FieldSpec field = schema.field(name).filter(FieldSpec::sortable).orElseThrow(() ->
                InvalidInput.field("sort", "cannot sort " + schema.resource() + " by '" + WritableText.excerpt(name)
                        + "'; allowed: " + String.join(", ", schema.sortable())));
        return new Sort(field, descending);
    }

    private static OptionalLong limit(String text) {
        return text == null || text.isBlank() ? OptionalLong.empty() : OptionalLong.of(count("limit", text));
    }

    private static long offset(String text) {
        return text == null || text.isBlank() ? 0 : count("offset", text);
    }

    private static long count(String name, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message for both cases
        }
        throw InvalidInput.field(name, "must be a whole number, 0 or more, not '" + WritableText.excerpt(text) + "'");
    }

    private static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
