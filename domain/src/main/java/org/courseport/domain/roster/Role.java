package org.courseport.domain.roster;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.course.CourseId;
import org.courseport.domain.user.User;

/** A user's role in one course, as stored. A hidden role keeps its data but opens nothing. */
public record Role(long id, CourseId course, User user, RoleType type, Optional<SectionName> section,
                   int graceCredits, boolean hidden) {
    public Role {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(section, "section");
    }
}
