package org.courseport.domain.user;

import java.util.Objects;

/** A user about to be created. */
public record NewUser(UserName userName, UserType type, PersonalDetails details) {
    public NewUser {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(details, "details");
    }
}
