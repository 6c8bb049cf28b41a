package org.courseport.domain.query;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A validated request for part of a collection: which rows ({@code filters}), which attributes
 * ({@code fields}, all when empty), in which order, and which page. Without a limit every row is returned.
 */
public record CollectionQuery(ResourceSchema schema, List<Filter> filters, List<String> fields,
                              Sort sort, OptionalLong limit, long offset) {
    public CollectionQuery {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(limit, "limit");
        filters = List.copyOf(filters);
        fields = List.copyOf(fields);
        if (offset < 0 || limit.orElse(0) < 0) {
            throw new IllegalArgumentException("negative offset or limit");
        }
    }

    /** Every row, every attribute, in id order. */
    public static CollectionQuery all(ResourceSchema schema) {
        FieldSpec id = schema.field("id").orElseThrow(() -> new IllegalArgumentException("no id field"));
        return new CollectionQuery(schema, List.of(), List.of(), new Sort(id, false), OptionalLong.empty(), 0);
    }

    /** The attributes to show: those asked for, or all of the schema's. */
    public List<String> shownFields() {
        return fields.isEmpty() ? schema.names() : fields;
    }
}
