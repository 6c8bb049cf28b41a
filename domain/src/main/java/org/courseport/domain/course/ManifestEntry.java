package org.courseport.domain.course;

import java.util.Objects;
import org.courseport.domain.blob.BlobId;

/** One file of a course version: where it sits and which blob holds its bytes. */
public record ManifestEntry(String path, BlobId blob, long size) {
    public ManifestEntry {
        CoursePath.check(path);
        Objects.requireNonNull(blob, "blob");
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
