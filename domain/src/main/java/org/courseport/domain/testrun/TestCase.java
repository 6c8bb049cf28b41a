package org.courseport.domain.testrun;

import java.util.Objects;
import java.util.OptionalLong;
import org.courseport.domain.error.Unprocessable;

/**
 * One test of a test group's run: its name (unique in the group), how it ended, the marks it earned out of
 * its total, its output (possibly empty) and how long it took in milliseconds, if known.
 */
public record TestCase(String name, TestStatus status, double marksEarned, double marksTotal, String output,
                       OptionalLong time) {
    public TestCase {
        if (name == null || name.isBlank()) {
            throw Unprocessable.field("name", "a test needs a name");
        }
        Objects.requireNonNull(status, "status");
        Marks.check("marks_earned", marksEarned);
        Marks.check("marks_total", marksTotal);
        if (output == null) {
            throw Unprocessable.field("output", "a test needs its output, empty if it printed nothing");
        }
        // PostgreSQL text cannot hold NUL; MarkUs escapes it the same way.
        output = output.replace("\u0000", "\\u0000");
        Objects.requireNonNull(time, "time");
        if (time.isPresent() && time.getAsLong() < 0) {
            throw Unprocessable.field("time", "must not be negative");
        }
    }
}
