package org.courseport.domain.roster;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.courseport.domain.error.InvalidInput;

/** What a user is in one course, named as MarkUs names it on the wire. */
public enum RoleType {
    INSTRUCTOR("Instructor"), TA("Ta"), STUDENT("Student");

    private final String wireName;

    RoleType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Reads exactly {@code Instructor}, {@code Ta} or {@code Student}, as MarkUs does. */
    public static RoleType parse(String text) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(text)).findFirst().orElseThrow(() ->
                InvalidInput.field("type", "must be one of " + Arrays.stream(values()).map(RoleType::wireName)
                        .collect(Collectors.joining(", ")) + ", not '" + text + "'"));
    }
}
