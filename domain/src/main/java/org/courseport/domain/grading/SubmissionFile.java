package org.courseport.domain.grading;

import java.util.Objects;
import org.courseport.domain.blob.StoredBlob;

/** One file of a submission: where it sits and its bytes in the blob store. */
public record SubmissionFile(SubmissionPath path, StoredBlob blob) {
    public SubmissionFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(blob, "blob");
    }
}
