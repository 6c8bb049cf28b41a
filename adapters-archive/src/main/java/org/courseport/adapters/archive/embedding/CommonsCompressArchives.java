package org.courseport.adapters.archive.embedding;

import org.courseport.adapters.archive.olx.OlxCourseOutlineReader;
import org.courseport.adapters.archive.submission.ZipSubmissionWriter;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveReader;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveWriter;
import org.courseport.application.embedding.CourseportArchives;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.course.CourseArchiveReader;
import org.courseport.domain.course.CourseArchiveWriter;
import org.courseport.domain.course.CourseOutlineReader;
import org.courseport.domain.grading.SubmissionArchiveWriter;

/** Courseport's archive formats on commons-compress: OLX courses as tar.gz in and out, submissions as zip out. */
public final class CommonsCompressArchives implements CourseportArchives {

    @Override
    public CourseArchiveReader courseReader(BlobStore blobs) {
        return new TarGzCourseArchiveReader(blobs);
    }

    @Override
    public CourseOutlineReader outlineReader(BlobStore blobs) {
        return new OlxCourseOutlineReader(blobs);
    }

    @Override
    public CourseArchiveWriter courseWriter(BlobStore blobs) {
        return new TarGzCourseArchiveWriter(blobs);
    }

    @Override
    public SubmissionArchiveWriter submissionWriter(BlobStore blobs) {
        return new ZipSubmissionWriter(blobs);
    }
}
