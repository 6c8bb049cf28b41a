package org.courseport.domain.blob;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Streams several stored files out as one download (a zip), without holding any of them whole. */
public interface FileBundleWriter {

    /** The bundle's media type, e.g. {@code application/zip}. */
    String mediaType();

    void write(List<BundledFile> files, OutputStream out) throws IOException;
}
