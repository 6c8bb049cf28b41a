package org.courseport.domain.blob;

import java.util.Objects;

/** A blob as stored: its id and its size in bytes. */
public record StoredBlob(BlobId id, long size) {
    public StoredBlob {
        Objects.requireNonNull(id, "id");
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
