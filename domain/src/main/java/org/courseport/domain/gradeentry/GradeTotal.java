package org.courseport.domain.gradeentry;

import java.util.Collection;
import java.util.Optional;

/**
 * A student's total on a marks spreadsheet, as MarkUs's {@code GradeEntryStudent.get_total_grades}: the sum of
 * the grades given, bonus columns included (their grades may be negative), never below 0; none when no grade
 * is given. Bonus columns add to the total but not to what the spreadsheet is out of
 * ({@link GradeEntryForm#maxMark()}), so a total may exceed it.
 */
public final class GradeTotal {
    private GradeTotal() {
    }

    public static Optional<Double> of(Collection<Double> grades) {
        if (grades.isEmpty()) {
            return Optional.empty();
        }
        double sum = grades.stream().mapToDouble(Double::doubleValue).sum();
        return Optional.of(Math.max(sum, 0));
    }
}
