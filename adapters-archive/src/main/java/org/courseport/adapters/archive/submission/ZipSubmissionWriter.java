package org.courseport.adapters.archive.submission;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.grading.SubmissionArchiveWriter;
import org.courseport.domain.grading.SubmissionFile;

/**
 * Submission files as a zip, streamed: each blob is deflated straight from the blob store to the
 * output (entries carry data descriptors, so nothing needs to seek back), and memory stays flat
 * whatever the submission's size.
 */
public final class ZipSubmissionWriter implements SubmissionArchiveWriter {
    private static final int BUFFER = 64 * 1024;

    private final BlobStore blobs;

    public ZipSubmissionWriter(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public String extension() {
        return ".zip";
    }

    @Override
    public void write(String folder, List<SubmissionFile> files, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(new Unclosable(out), BUFFER);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(buffered);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setEncoding("UTF-8");
        byte[] buffer = new byte[BUFFER];
        for (SubmissionFile file : files) {
            ZipArchiveEntry entry = new ZipArchiveEntry(folder + "/" + file.path().value());
            entry.setSize(file.blob().size());
            zip.putArchiveEntry(entry);
            try (InputStream content = blobs.open(file.blob().id()).orElseThrow(() -> new IOException(
                    "blob " + file.blob().id().sha256() + " of " + file.path() + " is missing from the blob store"))) {
                for (int n; (n = content.read(buffer)) > 0; ) {
                    zip.write(buffer, 0, n);
                }
            }
            zip.closeArchiveEntry();
        }
        zip.finish();
        buffered.flush();
    }

    /** Lets the zip stream finish without closing the response stream it writes to. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
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
