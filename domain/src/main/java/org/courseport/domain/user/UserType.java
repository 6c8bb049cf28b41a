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

    /** Reads a type in any letter case ({@code Ta}, {@code ta}, {@code TA}), or MarkUs's {@code EndUser}/{@code AdminUser}. */
    public static UserType parse(String text) {
        String given = text == null ? "" : text.strip();
        for (UserType type : values()) {
            if (type.name().equalsIgnoreCase(given)) {
                return type;
            }
        }
        // MarkUs's current vocabulary: an end user holds no global power (roles come per course).
        if (given.equals("EndUser")) {
            return STUDENT;
        }
        if (given.equals("AdminUser")) {
            return ADMIN;
        }
        throw InvalidInput.field("type", "must be one of " + Arrays.stream(values())
                .map(UserType::wireName).collect(Collectors.joining(", ")) + ", EndUser, AdminUser, not '" + text + "'");
    }
}
