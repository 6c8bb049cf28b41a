package org.courseport.domain.query;

import java.util.Objects;

/** One attribute of a resource as a collection query sees it. */
public record FieldSpec(String name, FieldType type, boolean filterable, boolean sortable) {
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static FieldSpec of(String name, FieldType type) {
        return new FieldSpec(name, type, true, true);
    }

    /** An attribute that can be selected with {@code fields} but neither filtered nor sorted on. */
    public static FieldSpec shown(String name, FieldType type) {
        return new FieldSpec(name, type, false, false);
    }
}
