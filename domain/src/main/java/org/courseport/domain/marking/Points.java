package org.courseport.domain.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** Marks as exact decimals, to four places (a rubric level of 0.25 × 1.5 is 0.375), compared by value. */
public final class Points {
    /** Places kept; more are rounded half up, as a spreadsheet shows them. */
    public static final int SCALE = 4;

    private Points() {
    }

    /** {@code value} kept to {@link #SCALE} places, without trailing zeros: {@code 2.50} is {@code 2.5}. */
    public static BigDecimal of(BigDecimal value) {
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** A number given as text in field {@code field}; anything else is invalid input naming the field. */
    public static BigDecimal parse(String field, String text) {
        try {
            return of(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInput.field(field, "must be a number, not '" + WritableText.excerpt(String.valueOf(text)) + "'");
        }
    }
}
