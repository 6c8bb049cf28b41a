package org.courseport.application.blob;

import java.time.Duration;
import org.courseport.domain.error.InvalidInput;

/**
 * One collection: how long after its last write a blob nothing names is still kept, and whether to
 * only report what would go.
 *
 * @param minAge the time a writer has between storing a blob and naming it
 */
public record GarbageCollection(Duration minAge, boolean dryRun) {
    /** Ample time between an upload's last byte and the row that names it; hours, not seconds. */
    public static final Duration GRACE_PERIOD = Duration.ofHours(6);

    public GarbageCollection {
        if (minAge == null || minAge.isNegative()) {
            throw InvalidInput.field("min-age", "must be zero or more, not " + minAge);
        }
    }

    /** What a server does on its own now and then: remove, keeping the grace period. */
    public static GarbageCollection routine() {
        return new GarbageCollection(GRACE_PERIOD, false);
    }
}
