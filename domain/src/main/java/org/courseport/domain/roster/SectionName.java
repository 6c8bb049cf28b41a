package org.courseport.domain.roster;

import org.courseport.domain.error.InvalidInput;

/** A section's name: non-blank text of at most 255 characters, kept without surrounding spaces. */
public record SectionName(String value) {
    private static final int MAX = 255;

    public SectionName {
        if (value == null || value.isBlank()) {
            throw InvalidInput.field("name", "is required");
        }
        value = value.strip();
        if (value.length() > MAX) {
            throw InvalidInput.field("name", "must be at most " + MAX + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
