package org.courseport.domain.starter;

import java.util.Objects;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.grading.AssignmentId;

/**
 * A group of starter files of an assignment, as MarkUs keeps them: its name, and the name its files
 * are renamed to when handed out with {@code use_rename}, which then must not be blank.
 */
public record StarterFileGroup(long id, AssignmentId assignment, String name, String entryRename, boolean useRename) {
    /** MarkUs's name for a new group. */
    public static final String DEFAULT_NAME = "New Starter File Group";
    private static final int MAX_TEXT = 255;

    public StarterFileGroup {
        Objects.requireNonNull(assignment, "assignment");
        if (name == null || name.isBlank()) {
            throw InvalidInput.field("name", "is required");
        }
        name = name.strip();
        entryRename = entryRename == null ? "" : entryRename.strip();
        if (name.length() > MAX_TEXT || entryRename.length() > MAX_TEXT) {
            throw new InvalidInput("name and entry_rename must be at most " + MAX_TEXT + " characters");
        }
        if (useRename && entryRename.isEmpty()) {
            throw InvalidInput.field("entry_rename", "is required when use_rename is true");
        }
    }

    /** This group with the changes given; absent ones stay as they are. */
    public StarterFileGroup changed(StarterFileGroupChanges changes) {
        return new StarterFileGroup(id, assignment, changes.name().orElse(name), changes.entryRename().orElse(entryRename),
                changes.useRename().orElse(useRename));
    }
}
