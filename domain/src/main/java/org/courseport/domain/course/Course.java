package org.courseport.domain.course;

import java.time.Instant;
import java.util.Objects;

/** A course as kept: its key, its title and its current version. */
public record Course(long id, CourseKey key, String displayName, int currentVersion, Instant createdAt, Instant updatedAt) {
    public Course {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (currentVersion < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }
}
