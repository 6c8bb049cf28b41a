package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.util.Objects;
import org.courseport.domain.error.InvalidInput;

/** One level of a rubric criterion: a name, what it means, and the mark it gives. */
public record RubricLevel(String name, String description, BigDecimal mark) {
    public RubricLevel {
        if (name == null || name.isBlank()) {
            throw InvalidInput.field("levels", "every level needs a name");
        }
        name = name.strip();
        description = description == null ? "" : description;
        mark = Points.of(Objects.requireNonNull(mark, "mark"));
        if (mark.signum() < 0) {
            throw InvalidInput.field("levels", "level " + name + " has a negative mark");
        }
    }
}
