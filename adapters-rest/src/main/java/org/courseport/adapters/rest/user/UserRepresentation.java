package org.courseport.adapters.rest.user;

import org.courseport.adapters.rest.representation.Representation;
import org.courseport.domain.user.User;

/** A user on the wire; the attribute names are {@code UserSchema}'s. */
public final class UserRepresentation {

    private UserRepresentation() {
    }

    public static Representation from(User user) {
        return Representation.of("user")
                .with("id", user.id().value())
                .with("user_name", user.userName().value())
                .with("type", user.type().wireName())
                .with("first_name", user.details().firstName())
                .with("last_name", user.details().lastName())
                .with("email", user.details().email())
                .with("section_name", user.details().sectionName())
                .with("grace_credits", user.details().graceCredits())
                .with("created_at", user.createdAt())
                .with("updated_at", user.updatedAt());
    }
}
