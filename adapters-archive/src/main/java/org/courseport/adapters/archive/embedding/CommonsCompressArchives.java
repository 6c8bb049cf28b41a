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
    private final Executor deflaters;
    private final int deflaterThreads;
    /** What an import's reader stored, for its outline reader to read without asking the store. */
    private final RecentSmallBlobs recent = new RecentSmallBlobs();

    /** Stores an archive's files one by one on the importing thread, and deflates exports on the exporting one. */
    public CommonsCompressArchives() {
        this(Runnable::run, Runnable::run, 1);
    }

    /**
     * Stores an archive's small files on {@code blobWriters} while the importing thread reads on (much
     * faster on a blob store that syncs), and deflates exports on the {@code deflaterThreads} threads of
     * {@code deflaters} (one per core is best; the bytes are the same for any number). The host owns
     * (and shuts down) both pools.
     */
    public CommonsCompressArchives(Executor blobWriters, Executor deflaters, int deflaterThreads) {
        this.blobWriters = Objects.requireNonNull(blobWriters, "blobWriters");
        this.deflaters = Objects.requireNonNull(deflaters, "deflaters");
        this.deflaterThreads = deflaterThreads;
    }

    @Override
    public CourseArchiveReader courseReader(BlobStore blobs) {
        return new TarGzCourseArchiveReader(recent.over(blobs), blobWriters);
    }

    @Override
    public CourseOutlineReader outlineReader(BlobStore blobs) {
        return new OlxCourseOutlineReader(recent.over(blobs));
    }

    @Override
    public CourseArchiveWriter courseWriter(BlobStore blobs) {
        return new TarGzCourseArchiveWriter(blobs, deflaters, 2 * deflaterThreads);
    }

    @Override
    public FileBundleWriter bundleWriter(BlobStore blobs) {
        return new ZipFileBundleWriter(blobs);
    }
}
