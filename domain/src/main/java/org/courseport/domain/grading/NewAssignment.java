package org.courseport.domain.grading;

import java.util.Objects;

/** An assignment about to be created. */
public record NewAssignment(ShortIdentifier shortIdentifier, AssignmentDetails details) {
    public NewAssignment {
        Objects.requireNonNull(shortIdentifier, "shortIdentifier");
        Objects.requireNonNull(details, "details");
    }
}
