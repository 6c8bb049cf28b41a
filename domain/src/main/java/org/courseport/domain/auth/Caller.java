package org.courseport.domain.auth;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.courseport.domain.error.Forbidden;
import org.courseport.domain.user.UserName;
import org.courseport.domain.user.UserType;

/** Who is asking, once authenticated, and so what they may do. */
public record Caller(UserName name, UserType type) {
    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public Set<Permission> permissions() {
        return switch (type) {
            case ADMIN, ADMIN_USER -> EnumSet.allOf(Permission.class);
            case TA -> EnumSet.of(Permission.READ, Permission.GRADE);
            // A MarkUs end user's powers come from its roles, per course; the global routes give it none.
            case STUDENT, END_USER -> EnumSet.noneOf(Permission.class);
        };
    }

    /** Fails with {@link Forbidden} unless the caller has the permission. */
    public void require(Permission permission) {
        if (!permissions().contains(permission)) {
            throw new Forbidden("a " + type.wireName() + " may not " + describe(permission));
        }
    }

    private static String describe(Permission permission) {
        return switch (permission) {
            case READ -> "use the API";
            case GRADE -> "grade submissions";
            case MANAGE -> "change users, assignments, groups or courses";
        };
    }
}
