package org.courseport.adapters.rest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.FileBundleWriter;

/** A zip from the JDK: the REST adapter cannot see the archive adapter, and needs only some zip. */
final class JdkZip implements FileBundleWriter {
    private final BlobStore blobs;

    JdkZip(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public void write(List<BundledFile> files, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (BundledFile file : files) {
            zip.putNextEntry(new ZipEntry(file.path()));
            try (InputStream content = blobs.open(file.blob()).orElseThrow()) {
                content.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }
}
