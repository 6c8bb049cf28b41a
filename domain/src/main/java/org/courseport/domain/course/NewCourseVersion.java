package org.courseport.domain.course;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A version ready to commit: the outline read from its OLX and the manifest of its files, all stored as
 * blobs, and the commit it came from if it came from git.
 */
public record NewCourseVersion(CourseKey key, CourseOutline outline, Manifest manifest, Instant now,
                               Optional<SourceRevision> source) {
    public NewCourseVersion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(now, "now");
    }

    /** A version of an uploaded archive. */
    public NewCourseVersion(CourseKey key, CourseOutline outline, Manifest manifest, Instant now) {
        this(key, outline, manifest, now, Optional.empty());
    }
}
