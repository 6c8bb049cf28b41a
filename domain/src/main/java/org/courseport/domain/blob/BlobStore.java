package org.courseport.domain.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed bytes: course files and submission files alike. Content is streamed in and out,
 * never held whole in memory. Writing content that is already stored stores nothing new.
 */
public interface BlobStore {

    /**
     * Reads {@code content} to its end and keeps it. A blob becomes visible only once complete, so a
     * failed write leaves nothing a reader can see.
     */
    StoredBlob put(InputStream content) throws IOException;

    /** The blob's bytes, or empty if no blob has that id. The caller closes the stream. */
    Optional<InputStream> open(BlobId id) throws IOException;

    Optional<StoredBlob> find(BlobId id) throws IOException;

    /** Puts whose durability is promised once for all, by {@link BlobBatch#makeDurable()}; the caller closes it. */
    default BlobBatch batch() {
        return BlobBatch.eachDurable(this);
    }
}
