package org.courseport.application.embedding;

import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.course.CourseArchiveReader;
import org.courseport.domain.course.CourseArchiveWriter;
import org.courseport.domain.course.CourseOutlineReader;

/**
 * The archive formats Courseport reads and writes (courses in, courses and submissions out), made
 * for whichever blob store the host chose.
 * The archive adapter gives the standard ones ({@code org.courseport.adapters.archive.embedding.CommonsCompressArchives}).
 */
public interface CourseportArchives {

    /** Unpacks an uploaded course archive (OLX tar.gz) into {@code blobs}. */
    CourseArchiveReader courseReader(BlobStore blobs);

    /** Reads a course's outline from its OLX files in {@code blobs}. */
    CourseOutlineReader outlineReader(BlobStore blobs);

    /** Writes a course version from {@code blobs} as an archive. */
    CourseArchiveWriter courseWriter(BlobStore blobs);

    /** Writes several files from {@code blobs} as one download (a zip): a group's submission. */
    FileBundleWriter bundleWriter(BlobStore blobs);
}
