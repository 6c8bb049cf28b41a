package org.courseport.application.grading;

import java.util.Objects;
import org.courseport.domain.grading.AssignmentId;
import org.courseport.domain.grading.GroupId;

/** A group as a route names it: by its assignment and its own id. */
public record GroupRef(AssignmentId assignment, GroupId group) {
    public GroupRef {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(group, "group");
    }
}
