package org.courseport.domain.gradeentry;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.error.Unprocessable;

/**
 * One entry of an update's {@code grade_entry_items}: with an id it changes that item, without one it
 * appends a new item, which then needs a name and out_of.
 */
public record GradeEntryItemChange(Optional<Long> id, Optional<String> name, Optional<Double> outOf,
                                   Optional<Boolean> bonus) {
    public GradeEntryItemChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outOf, "outOf");
        Objects.requireNonNull(bonus, "bonus");
    }

    /** The item this entry appends: a name and out_of are required, bonus defaults to false. */
    public GradeEntryItem added() {
        return GradeEntryItem.added(name.orElse(null), outOf.orElseThrow(() -> Unprocessable.field("grade_entry_items", "a new item needs out_of")), bonus.orElse(false));
    }
}
