package org.courseport.application.course;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.courseport.domain.course.CourseVersion;

/**
 * An export found and permitted, not yet written: the version, a strong entity tag (the manifest's
 * digest: the same manifest always gives the same bytes) and the archive to stream.
 */
public record CourseExport(CourseVersion version, String entityTag, String mediaType, Body body) {
    public CourseExport {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(entityTag, "entityTag");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(body, "body");
    }

    /** Writes the archive; called once the response has been committed to. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
