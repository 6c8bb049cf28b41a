package org.courseport.domain.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.courseport.domain.error.InvalidInput;

/** What a user is in a course; it is also the user's role in the API. */
public enum UserType {
    ADMIN, TA, STUDENT;

    /** The name used on the wire: {@code admin}, {@code ta}, {@code student}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a type in any letter case ({@code Ta}, {@code ta}, {@code TA}). */
    public static UserType parse(String text) {
        for (UserType type : values()) {
            if (type.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return type;
            }
        }
        throw InvalidInput.field("type", "must be one of " + Arrays.stream(values())
                .map(UserType::wireName).collect(Collectors.joining(", ")) + ", not '" + text + "'");
    }
}
