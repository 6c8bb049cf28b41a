package org.courseport.application.marking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.marking.StudentMarks;
import org.courseport.domain.marking.Totals;

/**
 * A student's line of the grades summary: the student, and when their group has a result, its totals
 * and the mark of each summary criterion in order (empty where unmarked).
 */
public record SummaryRow(StudentMarks student, Optional<Totals> totals, List<Optional<BigDecimal>> marks) {
    public SummaryRow {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(totals, "totals");
        marks = List.copyOf(marks);
    }
}
