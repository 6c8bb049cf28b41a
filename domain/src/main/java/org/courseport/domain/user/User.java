package org.courseport.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A person known to Courseport, as stored. */
public record User(UserId id, UserName userName, UserType type, PersonalDetails details,
                   Instant createdAt, Instant updatedAt) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
