package org.courseport.application.grading;

import java.io.InputStream;
import java.util.Objects;
import org.courseport.domain.grading.FeedbackFile;

/** A feedback file with its bytes, open for reading; the reader closes the stream. */
public record OpenedFeedbackFile(FeedbackFile file, InputStream content) {
    public OpenedFeedbackFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }
}
