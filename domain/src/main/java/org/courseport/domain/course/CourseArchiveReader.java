package org.courseport.domain.course;

import java.io.IOException;
import java.io.InputStream;

/**
 * Unpacks an uploaded course archive into the blob store, refusing anything unsafe: entries that
 * leave the course, links, devices, and archives over the limits ({@code LimitExceeded} or
 * {@code Unprocessable}, naming the entry and the rule).
 */
public interface CourseArchiveReader {

    /**
     * Reads the archive to its end, storing each file as a blob as it goes.
     *
     * @param previous the files of the course's current version (none for a new course): a file at the
     *        same path with the same size is likely the same content, which a store may check more cheaply
     * @return the files, with paths relative to the folder holding {@code course.xml}
     * @throws IOException only when the blob store cannot keep a file: a fault of the server. An
     *         archive that cannot be read to its end, however it fails, is an {@code Unprocessable}.
     */
    Manifest unpack(InputStream archive, ArchiveLimits limits, ArchiveProgress progress, Manifest previous) throws IOException;
}
