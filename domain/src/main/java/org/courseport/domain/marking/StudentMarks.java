package org.courseport.domain.marking;

import java.util.Objects;
import java.util.Optional;

/**
 * One student of a group of an assignment, for the grades summary: who they are, their section in the
 * assignment's course, and their group's marking (empty while the group has no collected submission).
 */
public record StudentMarks(String groupName, String userName, Optional<String> section, String lastName,
                           String firstName, Optional<String> email, Optional<Marking> marking) {
    public StudentMarks {
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(marking, "marking");
    }
}
