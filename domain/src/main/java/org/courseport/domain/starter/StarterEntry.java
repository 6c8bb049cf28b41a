package org.courseport.domain.starter;

import java.util.Objects;
import java.util.Optional;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.grading.SubmissionPath;

/** A file (with its bytes) or a folder (without) of a starter file group, by its path in the group. */
public record StarterEntry(SubmissionPath path, Optional<StoredBlob> blob) {
    public StarterEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(blob, "blob");
    }

    public boolean isFolder() {
        return blob.isEmpty();
    }
}
