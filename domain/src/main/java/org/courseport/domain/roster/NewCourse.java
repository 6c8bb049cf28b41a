package org.courseport.domain.roster;

import java.util.Objects;
import org.courseport.domain.error.InvalidInput;

/** A course about to be made through MarkUs's route; its display name is required, as MarkUs has it. */
public record NewCourse(CourseName name, String displayName, boolean hidden) {
    public NewCourse {
        Objects.requireNonNull(name, "name");
        if (displayName == null || displayName.isBlank()) {
            throw InvalidInput.field("display_name", "is required");
        }
        displayName = displayName.strip();
    }
}
