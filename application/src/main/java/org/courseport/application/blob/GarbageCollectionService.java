package org.courseport.application.blob;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.courseport.domain.blob.AgedBlob;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobInventory;
import org.courseport.domain.blob.BlobReferences;

/**
 * Garbage collection for any blob store. A blob goes only if no version, working file or submission
 * names it and it was last written before the cutoff: the minimum age ago, or earlier still when an
 * import is unfinished, because such an import names its blobs only when it commits.
 */
public final class GarbageCollectionService implements CollectGarbage {
    /** File times are kept at the kernel's coarse tick, so a blob written just after an import began may look older. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private final BlobInventory inventory;
    private final BlobReferences references;
    private final Clock clock;

    public GarbageCollectionService(BlobInventory inventory, BlobReferences references, Clock clock) {
        this.inventory = inventory;
        this.references = references;
        this.clock = clock;
    }

    @Override
    public GarbageReport collect(GarbageCollection request) throws IOException {
        // The imports are asked first: one that finishes after that has committed its names before they are read.
        Instant cutoff = cutoff(request.minAge());
        Set<BlobId> named = references.named();
        List<AgedBlob> garbage = inventory.blobs().stream()
                .filter(blob -> blob.writtenBefore(cutoff) && !named.contains(blob.id()))
                .toList();
        if (request.dryRun()) {
            return new GarbageReport(garbage.size(), garbage.stream().mapToLong(blob -> blob.blob().size()).sum(), 0, true);
        }
        int removed = 0;
        long bytes = 0;
        for (AgedBlob blob : garbage) {
            if (inventory.remove(blob.id(), cutoff)) {
                removed++;
                bytes += blob.blob().size();
            }
        }
        return new GarbageReport(removed, bytes, inventory.removeAbandonedWrites(cutoff), false);
    }

    private Instant cutoff(Duration minAge) {
        Instant byAge = clock.instant().minus(minAge);
        return references.oldestUnfinishedImport()
                .map(start -> start.minus(CLOCK_SLACK))
                .filter(start -> start.isBefore(byAge))
                .orElse(byAge);
    }
}
