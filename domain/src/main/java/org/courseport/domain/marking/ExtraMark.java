package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.util.Objects;
import org.courseport.domain.error.InvalidInput;

/** A bonus (positive) or deduction (negative) on a result, with what it is for. Duplicates are allowed, as in MarkUs. */
public record ExtraMark(String description, BigDecimal amount, ExtraMarkUnit unit) {
    private static final int MAX_DESCRIPTION = 10_000;

    public ExtraMark {
        description = description == null ? "" : description;
        if (description.length() > MAX_DESCRIPTION) {
            throw InvalidInput.field("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (amount == null) {
            throw InvalidInput.field("extra_marks", "is required");
        }
        amount = Points.of(amount);
        Objects.requireNonNull(unit, "unit");
    }

    /** Its worth in points on an assignment whose maximum is {@code assignmentMax}. */
    public BigDecimal points(BigDecimal assignmentMax) {
        return unit == ExtraMarkUnit.POINTS ? amount
                : amount.multiply(assignmentMax).divide(BigDecimal.valueOf(100));
    }

    /** The same value and description, whatever the written scale ({@code 2} and {@code 2.0}). */
    public boolean sameAs(ExtraMark other) {
        return description.equals(other.description) && amount.compareTo(other.amount) == 0 && unit == other.unit;
    }
}
