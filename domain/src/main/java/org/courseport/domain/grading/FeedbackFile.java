package org.courseport.domain.grading;

import java.util.Objects;
import org.courseport.domain.blob.StoredBlob;

/** A file of feedback on a collected submission: its name (unique in the submission), media type and bytes. */
public record FeedbackFile(long id, SubmissionId submission, SubmissionPath filename, String mimeType, StoredBlob blob) {
    public FeedbackFile {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(blob, "blob");
    }
}
