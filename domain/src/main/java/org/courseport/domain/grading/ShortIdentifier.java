package org.courseport.domain.grading;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/** An assignment's short name ({@code A1}, {@code lab_3}): unique among assignments, compared as written. */
public record ShortIdentifier(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.-]{1,80}");

    public ShortIdentifier {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw InvalidInput.field("short_identifier",
                    "must be 1 to 80 letters, digits or _ . -, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
