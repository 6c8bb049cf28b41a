package org.courseport.adapters.archive.tar;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.courseport.adapters.archive.gzip.ParallelGzipOutputStream;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.course.CourseArchiveWriter;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;

/**
 * Streams a course version out as tar.gz, blob by blob. Every bit of metadata is fixed (order by
 * path, one time, owner and mode), so the same manifest always gives the same bytes and its digest
 * can serve as a strong ETag. Deflating runs on {@code deflaters}, whose bytes do not depend on the threads.
 */
public final class TarGzCourseArchiveWriter implements CourseArchiveWriter {
    /** 1980-01-01, the reproducible-builds convention: old enough to be obviously fixed, valid everywhere. */
    private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("1980-01-01T00:00:00Z"));
    private static final int BUFFER = 64 * 1024;

    private final BlobStore blobs;
    private final Executor deflaters;
    private final int blocksInFlight;

    /** @param blocksInFlight gzip blocks being deflated at most: twice the threads of {@code deflaters} keeps them busy */
    public TarGzCourseArchiveWriter(BlobStore blobs, Executor deflaters, int blocksInFlight) {
        this.blobs = blobs;
        this.deflaters = deflaters;
        this.blocksInFlight = blocksInFlight;
    }

    @Override
    public String mediaType() {
        return "application/x-tgz";
    }

    @Override
    public void write(Manifest manifest, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new ParallelGzipOutputStream(
                new BufferedOutputStream(new Unclosed(out), BUFFER), Deflater.DEFAULT_COMPRESSION, deflaters,
                blocksInFlight), "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            byte[] buffer = new byte[BUFFER];
            for (ManifestEntry file : manifest.entries()) {
                TarArchiveEntry entry = new TarArchiveEntry(file.path());
                entry.setSize(file.size());
                entry.setMode(0100644);
                entry.setLastModifiedTime(FIXED_TIME);
                tar.putArchiveEntry(entry);
                try (InputStream in = blobs.open(file.blob()).orElseThrow(() ->
                        new IOException("blob " + file.blob().sha256() + " of " + file.path() + " is missing"))) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        tar.write(buffer, 0, n);
                    }
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    /** Lets the caller, not the archive, close the response stream. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
