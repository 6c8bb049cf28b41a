package org.courseport.domain.course;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One imported version of a course: its number (1, 2, 3…), the digest of its manifest, its size, and
 * the repository and commit it was imported from, if it came from git.
 */
public record CourseVersion(CourseKey key, int number, String digest, int fileCount, long totalBytes, Instant createdAt,
                            Optional<SourceRevision> source) {
    public CourseVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(createdAt, "createdAt");
        if (number < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    /** A version of an uploaded archive. */
    public CourseVersion(CourseKey key, int number, String digest, int fileCount, long totalBytes, Instant createdAt) {
        this(key, number, digest, fileCount, totalBytes, createdAt, Optional.empty());
    }
}
