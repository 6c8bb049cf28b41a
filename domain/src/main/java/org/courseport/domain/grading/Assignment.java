package org.courseport.domain.grading;

import java.time.Instant;
import java.util.Objects;

/** An assignment as stored. */
public record Assignment(AssignmentId id, ShortIdentifier shortIdentifier, AssignmentDetails details,
                         Instant createdAt, Instant updatedAt) {
    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortIdentifier, "shortIdentifier");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This assignment with an edit applied, validated as a whole. */
    public Assignment edited(AssignmentEdit edit) {
        return new Assignment(id, edit.shortIdentifier().orElse(shortIdentifier), edit.applyTo(details),
                createdAt, updatedAt);
    }
}
