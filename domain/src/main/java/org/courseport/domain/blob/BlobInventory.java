package org.courseport.domain.blob;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * What a blob store holds, for garbage collection: its blobs with their ages, and their removal.
 * A store that implements it marks content stored again as written anew, so that a blob a writer has
 * just been handed back is as safe from collection as one it has just written.
 */
public interface BlobInventory {

    /** Every complete blob; partial writes are not blobs. */
    List<AgedBlob> blobs() throws IOException;

    /**
     * Removes the blob if it was last written before {@code writtenBefore}, asking again at the moment
     * of removal, so that content stored again since it was listed stays. False if it was kept or gone.
     */
    boolean remove(BlobId id, Instant writtenBefore) throws IOException;

    /** Removes what writers that died or failed left half written before {@code startedBefore}; how many. */
    int removeAbandonedWrites(Instant startedBefore) throws IOException;
}
