package org.courseport.domain.roster;

import java.util.Objects;
import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** MarkUs's unique name of a course: 1–80 ASCII letters, digits, {@code _} and {@code -}. */
public record CourseName(String value) {
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    public CourseName {
        Objects.requireNonNull(value, "value");
        if (!RULE.matcher(value).matches()) {
            throw InvalidInput.field("name", "must be 1 to 80 letters, digits, _ or -, not '"
                    + WritableText.excerpt(value) + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
