package org.courseport.domain.user;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.courseport.domain.error.InvalidInput;

/**
 * What a user is globally, in the vocabulary it was created with, so that each generation of clients reads
 * back what it wrote. The older API's {@code admin}, {@code ta} and {@code student}; MarkUs's current
 * {@code AdminUser} and {@code EndUser}. Underneath there are two global standings: admin
 * ({@code admin}, {@code AdminUser}) or not; a {@code ta} or {@code student} is also that in the default
 * course, and an {@code EndUser} holds only the roles given to it per course.
 */
public enum UserType {
    ADMIN("admin", true), TA("ta", true), STUDENT("student", true), END_USER("EndUser", false),
    ADMIN_USER("AdminUser", false);

    private final String wireName;
    /** The older API read its types in any letter case; MarkUs reads its own exactly. */
    private final boolean anyCase;

    UserType(String wireName, boolean anyCase) {
        this.wireName = wireName;
        this.anyCase = anyCase;
    }

    /** The name used on the wire and stored: {@code admin}, {@code ta}, {@code student}, {@code EndUser}, {@code AdminUser}. */
    public String wireName() {
        return wireName;
    }

    /** Whether the user may do everything everywhere. */
    public boolean isAdmin() {
        return this == ADMIN || this == ADMIN_USER;
    }

    /** Whether the user is a student as the older API knows them, and so may be a member of a group. */
    public boolean isStudent() {
        return this == STUDENT || this == END_USER;
    }

    /**
     * Reads the older types in any letter case ({@code Ta}, {@code ta}, {@code TA}) and MarkUs's
     * {@code EndUser}/{@code AdminUser} exactly, as MarkUs does.
     */
    public static UserType parse(String text) {
        String given = text == null ? "" : text.strip();
        for (UserType type : values()) {
            if (type.anyCase ? type.wireName.equalsIgnoreCase(given) : type.wireName.equals(given)) {
                return type;
            }
        }
        throw InvalidInput.field("type", "must be one of " + Arrays.stream(values())
                .map(UserType::wireName).collect(Collectors.joining(", ")) + ", not '" + text + "'");
    }
}
