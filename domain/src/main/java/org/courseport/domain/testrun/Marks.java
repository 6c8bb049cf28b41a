package org.courseport.domain.testrun;

import org.courseport.domain.error.Unprocessable;

/** Marks are finite and never negative, as MarkUs validates them. */
final class Marks {
    private Marks() {
    }

    static void check(String field, double marks) {
        if (!Double.isFinite(marks) || marks < 0) {
            throw Unprocessable.field(field, "must be a number, 0 or more, not " + marks);
        }
    }
}
