package org.courseport.domain.grading;

import java.util.Objects;
import org.courseport.domain.user.User;

/** A student in a group. */
public record Membership(MembershipId id, User user, MembershipStatus status) {
    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
    }
}
