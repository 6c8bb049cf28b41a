package org.courseport.domain.user;

import java.util.regex.Pattern;
import org.courseport.domain.error.InvalidInput;

/** A login name: what people and robots type, unique among users, compared as written. */
public record UserName(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.@+-]{1,80}");

    public UserName {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw InvalidInput.field("user_name",
                    "must be 1 to 80 letters, digits or _ . @ + -, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
