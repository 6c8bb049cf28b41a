package org.courseport.application.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** An archive ready to be streamed: its file name, media type and the writing of its bytes. */
public record ArchiveDownload(String fileName, String mediaType, Body body) {
    public ArchiveDownload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(body, "body");
    }

    /** Writes the archive to {@code out}, which it leaves open. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
