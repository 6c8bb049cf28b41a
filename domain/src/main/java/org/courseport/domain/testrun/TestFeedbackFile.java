package org.courseport.domain.testrun;

import java.util.Objects;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.Unprocessable;

/** A feedback file a test group's run produced; its bytes live in the blob store. */
public record TestFeedbackFile(String filename, String mimeType, StoredBlob blob) {
    public TestFeedbackFile {
        if (filename == null || filename.isBlank()) {
            throw Unprocessable.field("filename", "a feedback file needs a name");
        }
        if (mimeType == null || mimeType.isBlank()) {
            throw Unprocessable.field("mime_type", "a feedback file needs its media type");
        }
        Objects.requireNonNull(blob, "blob");
    }
}
