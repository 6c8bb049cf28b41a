package org.courseport.adapters.rest.server;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;

/**
 * {@code multipart/form-data} bodies. Jersey reads a whole multipart body before the resource method
 * runs, parts above a small threshold into temporary files: those go to {@code tempDirectory} (inside
 * the data directory, not the shared /tmp), and a body may hold at most {@code maxParts} parts. Both
 * are set here because Jersey 3.1 ignores the properties-file key for the part count.
 */
public final class MultipartUploads implements Feature {
    /** Parts up to this size stay in memory; bigger ones go to a temporary file. */
    private static final int IN_MEMORY_BYTES = 64 * 1024;

    private final Path tempDirectory;
    private final int maxParts;

    public MultipartUploads(Path tempDirectory, int maxParts) {
        if (maxParts < 1) {
            throw new IllegalArgumentException("at least one part must be allowed");
        }
        try {
            this.tempDirectory = Files.createDirectories(tempDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload directory " + tempDirectory, e);
        }
        this.maxParts = maxParts;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(MultiPartFeature.class);
        context.register(new MultiPartProperties()
                .tempDir(tempDirectory.toString())
                .maxParts(maxParts)
                .bufferThreshold(IN_MEMORY_BYTES)
                .resolver());
        return true;
    }
}
