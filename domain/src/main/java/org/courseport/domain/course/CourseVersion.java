package org.courseport.domain.course;

import java.time.Instant;
import java.util.Objects;

/** One imported version of a course: its number (1, 2, 3…), the digest of its manifest, its size. */
public record CourseVersion(CourseKey key, int number, String digest, int fileCount, long totalBytes, Instant createdAt) {
    public CourseVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(createdAt, "createdAt");
        if (number < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }
}
