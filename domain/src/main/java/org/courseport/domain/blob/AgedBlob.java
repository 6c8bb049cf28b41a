package org.courseport.domain.blob;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored blob and when its content was last written: stored first, or stored again by a writer who
 * found it already there. A collection takes only blobs last written long enough ago.
 */
public record AgedBlob(StoredBlob blob, Instant lastWritten) {
    public AgedBlob {
        Objects.requireNonNull(blob, "blob");
        Objects.requireNonNull(lastWritten, "lastWritten");
    }

    public BlobId id() {
        return blob.id();
    }

    public boolean writtenBefore(Instant cutoff) {
        return lastWritten.isBefore(cutoff);
    }
}
