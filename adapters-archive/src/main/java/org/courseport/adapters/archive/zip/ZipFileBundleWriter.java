package org.courseport.adapters.archive.zip;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.FileBundleWriter;

/**
 * Streams stored files out as one zip, without seeking (data descriptors), Zip64 when needed, UTF-8 names.
 * A path given twice keeps its first file, as a zip cannot hold two entries of one name reliably.
 *
 * <p>Speed over the last few percent of size, as a download should: text deflates at zlib's fastest
 * level, and a file whose first block does not shrink (images, archives, binaries) goes into the
 * deflate stream uncompressed rather than burning CPU for nothing, as {@code zip} itself stores such files.
 */
public final class ZipFileBundleWriter implements FileBundleWriter {
    private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("1980-01-01T00:00:00Z"));
    private static final int BUFFER = 64 * 1024;
    /** A first block that deflates to more than this share of its size is taken for incompressible. */
    private static final double INCOMPRESSIBLE = 0.9;

    private final BlobStore blobs;

    public ZipFileBundleWriter(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public void write(List<BundledFile> files, OutputStream out) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new Unclosed(out))) {
            zip.setEncoding("UTF-8");
            zip.setUseZip64(Zip64Mode.AsNeeded);
            Set<String> written = new HashSet<>();
            byte[] buffer = new byte[BUFFER];
            Deflater probe = new Deflater(Deflater.BEST_SPEED, true);
            try {
                for (BundledFile file : files) {
                    if (!written.add(file.path())) {
                        continue;
                    }
                    try (InputStream in = blobs.open(file.blob()).orElseThrow(() ->
                            new IOException("blob " + file.blob().sha256() + " of " + file.path() + " is missing"))) {
                        int first = in.readNBytes(buffer, 0, buffer.length);
                        zip.setLevel(compressible(probe, buffer, first) ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
                        ZipArchiveEntry entry = new ZipArchiveEntry(file.path());
                        entry.setLastModifiedTime(FIXED_TIME);
                        zip.putArchiveEntry(entry);
                        zip.write(buffer, 0, first);
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            zip.write(buffer, 0, n);
                        }
                    }
                    zip.closeArchiveEntry();
                }
            } finally {
                probe.end();
            }
            zip.finish();
        }
    }

    /** Whether the block shrinks when deflated at the fastest level. */
    private static boolean compressible(Deflater probe, byte[] block, int length) {
        if (length == 0) {
            return true;
        }
        probe.reset();
        probe.setInput(block, 0, length);
        probe.finish();
        byte[] sink = new byte[BUFFER];
        long out = 0;
        while (!probe.finished()) {
            out += probe.deflate(sink);
        }
        return out < length * INCOMPRESSIBLE;
    }

    /** Lets the caller, not the zip, close the response stream. */
    private static final class Unclosed extends FilterOutputStream {
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
