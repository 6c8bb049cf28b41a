package org.courseport.domain.gradeentry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.user.UserName;

/**
 * A student's row of a marks spreadsheet: who they are in the course and their grades by item id (an item
 * without a grade is absent). Courseport keeps no student numbers, so MarkUs's {@code id_number} has none.
 */
public record StudentGrades(UserName userName, String lastName, String firstName, Optional<String> email,
                            Optional<String> section, Map<Long, Double> grades) {
    public StudentGrades {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(section, "section");
        grades = Map.copyOf(grades);
    }

    public Optional<Double> grade(GradeEntryItem item) {
        return Optional.ofNullable(grades.get(item.id()));
    }

    /** The row's total as MarkUs computes it: see {@link GradeTotal}. */
    public Optional<Double> total() {
        return GradeTotal.of(grades.values());
    }
}
