package org.courseport.domain.user;

import java.util.Objects;
import java.util.Optional;

/**
 * The attributes a caller wants changed; an empty optional leaves that attribute as it is. For the
 * optional text attributes (email, section name) a blank value clears them.
 */
public record UserChanges(Optional<UserName> userName, Optional<UserType> type,
                          Optional<String> firstName, Optional<String> lastName,
                          Optional<String> email, Optional<String> sectionName,
                          Optional<Integer> graceCredits) {
    public UserChanges {
        Objects.requireNonNull(userName);
        Objects.requireNonNull(type);
        Objects.requireNonNull(firstName);
        Objects.requireNonNull(lastName);
        Objects.requireNonNull(email);
        Objects.requireNonNull(sectionName);
        Objects.requireNonNull(graceCredits);
    }

    /** The user as it will be after the change, validated as a whole. */
    public User applyTo(User user) {
        PersonalDetails old = user.details();
        PersonalDetails details = new PersonalDetails(
                firstName.orElse(old.firstName()),
                lastName.orElse(old.lastName()),
                email.orElse(old.email()),
                sectionName.orElse(old.sectionName()),
                graceCredits.orElse(old.graceCredits()));
        return new User(user.id(), userName.orElse(user.userName()), type.orElse(user.type()), details,
                user.createdAt(), user.updatedAt());
    }
}
