package org.courseport.domain.roster;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.user.UserName;

/** A role about to be given: whom, as what, in which section, with how many grace credits, hidden or not. */
public record NewRole(UserName user, RoleType type, Optional<SectionName> section, int graceCredits, boolean hidden) {
    public NewRole {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(section, "section");
        if (graceCredits < 0) {
            throw InvalidInput.field("grace_credits", "must not be negative");
        }
    }
}
