package org.courseport.domain.blob;

import java.util.Objects;

/** One file going into a bundle: its path inside the bundle and the blob holding its bytes. */
public record BundledFile(String path, BlobId blob) {
    public BundledFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(blob, "blob");
    }
}
