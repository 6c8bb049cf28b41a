package org.courseport.application.grading;

import java.io.InputStream;
import java.util.Objects;
import org.courseport.domain.grading.SubmissionPath;

/** One submitted file, already opened: the receiver streams and closes {@code content}. */
public record FileDownload(SubmissionPath path, long size, InputStream content) {
    public FileDownload {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
