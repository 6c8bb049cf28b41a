package org.courseport.domain.blob;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What keeps blobs alive: the rows that name them, and the imports that may be about to. */
public interface BlobReferences {

    /** Every blob a course version, a group's working file or a collected submission names. */
    Set<BlobId> named();

    /**
     * When the oldest import not yet finished began. Such an import names its blobs only when it
     * commits its version, so every blob written since it began may be one of them.
     */
    Optional<Instant> oldestUnfinishedImport();
}
