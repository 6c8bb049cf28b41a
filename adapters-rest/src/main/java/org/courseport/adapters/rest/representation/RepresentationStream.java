package org.courseport.adapters.rest.representation;

import java.util.List;
import java.util.Objects;
import org.courseport.domain.query.RowSource;

/**
 * A collection written row by row as the store yields it. {@code fields} are the attributes shown,
 * in order (the CSV header); {@code name} names the XML root element, {@code itemName} each row's.
 */
public record RepresentationStream(String name, String itemName, List<String> fields, RowSource<Representation> rows) {
    public RepresentationStream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(itemName, "itemName");
        fields = List.copyOf(fields);
        Objects.requireNonNull(rows, "rows");
    }
}
