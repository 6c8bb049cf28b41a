package org.courseport.domain.gradeentry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.error.NotFound;
import org.courseport.domain.error.Unprocessable;
import org.courseport.domain.grading.ShortIdentifier;

/**
 * A marks spreadsheet of a course (MarkUs's grade entry form): a short identifier unique in the course, a
 * description that is not blank, an optional due date, whether students see it, whether its total is shown,
 * and its columns in order, each name once. Id 0 names a form not stored yet.
 */
public record GradeEntryForm(long id, CourseId course, ShortIdentifier shortIdentifier, String description,
                             Optional<Instant> dueDate, boolean hidden, boolean showTotal, List<GradeEntryItem> items) {
    private static final int MAX_DESCRIPTION = 255;

    public GradeEntryForm {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(shortIdentifier, "shortIdentifier");
        Objects.requireNonNull(dueDate, "dueDate");
        if (description == null || description.isBlank()) {
            throw Unprocessable.field("description", "must not be blank");
        }
        description = description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw Unprocessable.field("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        items = List.copyOf(items);
        Set<String> names = new HashSet<>();
        for (GradeEntryItem item : items) {
            if (!names.add(item.name())) {
                throw Unprocessable.field("grade_entry_items", "the name " + item.name() + " is used by two items");
            }
        }
    }

    /** What the spreadsheet is out of: every column but the bonus ones. */
    public double maxMark() {
        return items.stream().filter(item -> !item.bonus()).mapToDouble(GradeEntryItem::outOf).sum();
    }

    public Optional<GradeEntryItem> item(String name) {
        return items.stream().filter(item -> item.name().equals(name)).findFirst();
    }

    /**
     * This form with the changes given: fields left out stay; an item change with an id changes that item
     * (none such: not found), one without is appended.
     */
    public GradeEntryForm changed(GradeEntryFormChanges changes) {
        List<GradeEntryItem> changedItems = new ArrayList<>(items);
        for (GradeEntryItemChange change : changes.items()) {
            if (change.id().isEmpty()) {
                changedItems.add(change.added());
                continue;
            }
            long wanted = change.id().get();
            int at = indexOf(changedItems, wanted);
            changedItems.set(at, changedItems.get(at).changed(change));
        }
        return new GradeEntryForm(id, course, changes.shortIdentifier().orElse(shortIdentifier),
                changes.description().orElse(description), changes.dueDate().or(() -> dueDate),
                changes.hidden().orElse(hidden), changes.showTotal().orElse(showTotal), changedItems);
    }

    private static int indexOf(List<GradeEntryItem> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        throw new NotFound("the spreadsheet has no grade entry item with id " + id);
    }
}
