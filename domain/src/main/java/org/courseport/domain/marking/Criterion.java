package org.courseport.domain.marking;

import java.util.Objects;
import org.courseport.domain.grading.AssignmentId;

/** A stored criterion of an assignment; criteria are listed in the order they were made. */
public record Criterion(long id, AssignmentId assignment, CriterionDefinition definition) {
    public Criterion {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(definition, "definition");
    }

    public String name() {
        return definition.name();
    }
}
