package org.courseport.domain.query;

import java.util.Objects;

/**
 * Rows whose field equals the value. The value already has the field's type: a {@code String} for
 * text (compared without regard to case), a {@code Long}, {@code Boolean}, {@code LocalDate} or {@code Instant}.
 */
public record Filter(FieldSpec field, Object value) {
    public Filter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }
}
