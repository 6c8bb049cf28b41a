package org.courseport.adapters.archive.embedding;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.courseport.adapters.archive.olx.OlxCourseOutlineReader;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveReader;
import org.courseport.adapters.archive.tar.TarGzCourseArchiveWriter;
import org.courseport.adapters.archive.zip.ZipFileBundleWriter;
import org.courseport.application.embedding.CourseportArchives;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.FileBundleWriter;
import org.courseport.domain.course.CourseArchiveReader;
import org.courseport.domain.course.CourseArchiveWriter;
import org.courseport.domain.course.CourseOutlineReader;

/** Courseport's archive formats on commons-compress: OLX courses as tar.gz in and out, submissions as zip out. */
public final class CommonsCompressArchives implements CourseportArchives {
    private final Executor blobWriters;

    /** Stores an archive's files one by one on the importing thread. */
    public CommonsCompressArchives() {
        this(Runnable::run);
    }

    /**
     * Stores an archive's small files on {@code blobWriters} while the importing thread reads on: much
     * faster on a blob store that syncs each file. The host owns (and shuts down) that pool.
     */
    public CommonsCompressArchives(Executor blobWriters) {
        this.blobWriters = Objects.requireNonNull(blobWriters, "blobWriters");
    }

    @Override
    public CourseArchiveReader courseReader(BlobStore blobs) {
        return new TarGzCourseArchiveReader(blobs, blobWriters);
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
    public FileBundleWriter bundleWriter(BlobStore blobs) {
        return new ZipFileBundleWriter(blobs);
    }
}
