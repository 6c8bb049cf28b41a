package org.courseport.domain.query;

import java.util.Objects;

/** The order of a collection: one field, ascending or descending; ties are broken by id. */
public record Sort(FieldSpec field, boolean descending) {
    public Sort {
        Objects.requireNonNull(field, "field");
    }
}
