package org.courseport.domain.gradeentry;

import java.util.Optional;
import org.courseport.domain.error.Unprocessable;

/**
 * A column of a marks spreadsheet: a unique name, what it is out of ({@code >= 0}), and whether it is a
 * bonus column. Id 0 names an item not stored yet. A grade in a column has no maximum (as in MarkUs);
 * it must be 0 or more, except in a bonus column, which takes any number, negative ones too.
 */
public record GradeEntryItem(long id, String name, double outOf, boolean bonus) {
    private static final int MAX_NAME = 255;

    public GradeEntryItem {
        if (name == null || name.isBlank()) {
            throw Unprocessable.field("grade_entry_items", "every item needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw Unprocessable.field("grade_entry_items", "an item's name must be at most " + MAX_NAME + " characters");
        }
        if (!Double.isFinite(outOf) || outOf < 0) {
            throw Unprocessable.field("grade_entry_items", "out_of of " + name + " must be a number, 0 or more");
        }
    }

    /** A new column, not stored yet. */
    public static GradeEntryItem added(String name, double outOf, boolean bonus) {
        return new GradeEntryItem(0, name, outOf, bonus);
    }

    /** Fails unless {@code grade} may stand in this column; empty (no grade) always may. */
    public void check(Optional<Double> grade) {
        grade.ifPresent(value -> {
            if (!Double.isFinite(value)) {
                throw Unprocessable.field("grade_entry_items", "the grade of " + name + " must be a finite number");
            }
            if (!bonus && value < 0) {
                throw Unprocessable.field("grade_entry_items", "the grade of " + name + " must be 0 or more, not "
                        + value + " (only a bonus item takes negative grades)");
            }
        });
    }

    /** This item with the changes given; what they leave out stays. */
    public GradeEntryItem changed(GradeEntryItemChange change) {
        return new GradeEntryItem(id, change.name().orElse(name), change.outOf().orElse(outOf),
                change.bonus().orElse(bonus));
    }
}
