package org.courseport.domain.roster;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.user.UserId;

/** A new role with the user and section it names found: what the store writes. */
public record RoleGrant(CourseId course, UserId user, RoleType type, Optional<Section> section, int graceCredits,
                        boolean hidden) {
    public RoleGrant {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(section, "section");
    }
}
