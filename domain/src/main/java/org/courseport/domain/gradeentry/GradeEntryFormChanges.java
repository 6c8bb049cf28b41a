package org.courseport.domain.gradeentry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.grading.ShortIdentifier;

/** What an update of a marks spreadsheet gives; what it leaves out stays. */
public record GradeEntryFormChanges(Optional<ShortIdentifier> shortIdentifier, Optional<String> description,
                                    Optional<Instant> dueDate, Optional<Boolean> hidden, Optional<Boolean> showTotal,
                                    List<GradeEntryItemChange> items) {
    public GradeEntryFormChanges {
        Objects.requireNonNull(shortIdentifier, "shortIdentifier");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(showTotal, "showTotal");
        items = List.copyOf(items);
    }
}
