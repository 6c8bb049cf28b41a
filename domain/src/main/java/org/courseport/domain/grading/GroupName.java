package org.courseport.domain.grading;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/** A group's name, unique within its assignment ({@code group_0007}). */
public record GroupName(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.@+-]{1,80}");

    public GroupName {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw InvalidInput.field("group_name",
                    "must be 1 to 80 letters, digits or _ . @ + -, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
