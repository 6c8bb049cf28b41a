package org.courseport.adapters.rest.representation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One resource as it goes on the wire: an element name and ordered snake_case attributes. A value is
 * a string, number, boolean, {@code Instant}, {@code LocalDate}, null, a nested {@code Representation}
 * or a {@link NestedList}. One representation serves XML, JSON and CSV, and {@code fields} selection.
 */
public final class Representation {
    private final String name;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private Representation(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static Representation of(String name) {
        return new Representation(name);
    }

    public Representation with(String key, Object value) {
        attributes.put(key, value);
        return this;
    }

    /** Only these attributes, in this order; all of them when the list is empty. */
    public Representation select(List<String> fields) {
        if (fields.isEmpty()) {
            return this;
        }
        Representation selected = new Representation(name);
        fields.forEach(field -> selected.attributes.put(field, attributes.get(field)));
        return selected;
    }

    public String name() {
        return name;
    }

    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(attributes);
    }
}
