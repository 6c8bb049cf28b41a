package org.courseport.application.grading;

import java.io.InputStream;
import java.util.Objects;
import org.courseport.domain.grading.SubmissionPath;

/** A feedback file's name, its media type (null: unknown, or kept on a replace) and its bytes. */
public record FeedbackUpload(SubmissionPath filename, String mimeType, InputStream content) {
    public FeedbackUpload {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
    }
}
