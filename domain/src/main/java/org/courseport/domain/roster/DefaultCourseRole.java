package org.courseport.domain.roster;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.user.User;
import org.courseport.domain.user.UserType;

/**
 * The role an older-API {@code ta} or {@code student} holds in the default course: what the upgrade gave the
 * users it found, and what every such user created or changed since keeps, with the section and grace
 * credits the older routes give the user. Admins and MarkUs's own users hold none by their type.
 */
public record DefaultCourseRole(RoleType type, Optional<SectionName> section, int graceCredits) {
    public DefaultCourseRole {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(section, "section");
    }

    /** What a change of a user does to its role in the default course. */
    public enum Change {
        /** Leave the role, if any, as it is: the older routes did not touch what it mirrors. */
        KEEP,
        /** Give the user the role, or bring the one it holds in line. */
        PUT,
        /** Take away the role its former type gave it. */
        REMOVE
    }

    /** The role the user's type gives it in the default course, if any. */
    public static Optional<DefaultCourseRole> of(User user) {
        return roleType(user.type()).map(type -> new DefaultCourseRole(type,
                Optional.ofNullable(user.details().sectionName()).map(SectionName::new),
                user.details().graceCredits()));
    }

    /** How the default course follows a user created ({@code before} empty) or changed. */
    public static Change between(Optional<User> before, User after) {
        Optional<DefaultCourseRole> wanted = of(after);
        Optional<DefaultCourseRole> had = before.flatMap(DefaultCourseRole::of);
        if (wanted.isPresent()) {
            return wanted.equals(had) ? Change.KEEP : Change.PUT;
        }
        return had.isPresent() ? Change.REMOVE : Change.KEEP;
    }

    private static Optional<RoleType> roleType(UserType type) {
        return switch (type) {
            case TA -> Optional.of(RoleType.TA);
            case STUDENT -> Optional.of(RoleType.STUDENT);
            case ADMIN, ADMIN_USER, END_USER -> Optional.empty();
        };
    }
}
