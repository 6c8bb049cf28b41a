package org.courseport.domain.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgedBlobTest {
    private static final StoredBlob BLOB = new StoredBlob(new BlobId("a".repeat(64)), 3);
    private static final Instant WRITTEN = Instant.parse("2026-09-01T00:00:00Z");

    @Test
    void isWrittenBeforeOnlyAStrictlyLaterCutoff() {
        AgedBlob aged = new AgedBlob(BLOB, WRITTEN);
        assertTrue(aged.writtenBefore(WRITTEN.plusNanos(1)));
        assertFalse(aged.writtenBefore(WRITTEN));
        assertEquals(BLOB.id(), aged.id());
    }

    @Test
    void needsItsBlobAndItsTime() {
        assertThrows(NullPointerException.class, () -> new AgedBlob(null, WRITTEN));
        assertThrows(NullPointerException.class, () -> new AgedBlob(BLOB, null));
    }
}
