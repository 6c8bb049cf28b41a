package org.courseport.domain.course;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a course version as an archive, file bytes exactly as stored; the same manifest gives the same bytes. */
public interface CourseArchiveWriter {

    /** The archive's media type, e.g. {@code application/x-tgz}. */
    String mediaType();

    void write(Manifest manifest, OutputStream out) throws IOException;
}
