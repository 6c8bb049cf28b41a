package org.courseport.domain.course;

import java.time.Instant;
import java.util.Objects;

/** A version ready to commit: the outline read from its OLX and the manifest of its files, all stored as blobs. */
public record NewCourseVersion(CourseKey key, CourseOutline outline, Manifest manifest, Instant now) {
    public NewCourseVersion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(now, "now");
    }
}
