package org.courseport.domain.grading;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Students who hand in one assignment together, with their memberships in the order they joined. */
public record Group(GroupId id, AssignmentId assignment, GroupName name, List<Membership> memberships,
                    Instant createdAt, Instant updatedAt) {
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(name, "name");
        memberships = List.copyOf(memberships);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
