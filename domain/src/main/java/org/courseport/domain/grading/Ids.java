package org.courseport.domain.grading;

import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** The store's numbers for grading records: positive, read from URL paths as text. */
final class Ids {

    private Ids() {
    }

    static long positive(String field, long value) {
        if (value <= 0) {
            throw InvalidInput.field(field, "must be a positive whole number");
        }
        return value;
    }

    static long parse(String field, String text) {
        try {
            return positive(field, Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, "must be a positive whole number, not '" + WritableText.excerpt(text) + "'");
        }
    }
}
