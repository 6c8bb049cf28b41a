package org.courseport.domain.grading;

import org.courseport.domain.error.InvalidInput;

/** A test result's name, unique within its submission ({@code results.json}). */
public record TestResultFilename(String value) {
    private static final int MAX_LENGTH = 255;

    public TestResultFilename {
        if (value == null || value.isBlank()) {
            throw InvalidInput.field("filename", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInput.field("filename", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInput.field("filename", "must not hold control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
