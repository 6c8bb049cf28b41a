package org.courseport.adapters.rest.gradeentry;

import java.math.BigDecimal;

/** A MarkUs float as Ruby prints it in a CSV cell: {@code 10.0}, {@code 7.5}, {@code 0.1}. */
final class RubyNumbers {
    private RubyNumbers() {
    }

    static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return new BigDecimal(value).toBigInteger() + ".0";
        }
        return Double.toString(value);
    }
}
