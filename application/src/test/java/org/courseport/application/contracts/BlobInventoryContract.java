package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.courseport.domain.blob.AgedBlob;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobInventory;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.junit.jupiter.api.Test;

/** What every blob store promises a garbage collection, run against each through a subclass. */
public abstract class BlobInventoryContract {
    private static final Duration HOUR = Duration.ofHours(1);
    /** File times may lag the clock by a kernel tick. */
    private static final Duration TICK = Duration.ofSeconds(1);

    /** An empty blob store. */
    protected abstract BlobStore store();

    /** The same store, as a collection sees it. */
    protected abstract BlobInventory inventory();

    /** Sets when the blob was last written, as if it had been then. */
    protected abstract void age(BlobId id, Instant lastWritten) throws IOException;

    /** Leaves a write begun at {@code started} half done, as a writer killed mid-way does. */
    protected abstract void abandonWrite(Instant started) throws IOException;

    @Test
    void listsEveryBlobWithItsSizeAndWhenItWasWritten() throws IOException {
        Instant before = Instant.now().minus(TICK);
        StoredBlob small = put(bytes(5, 'a'));
        StoredBlob large = put(bytes(300 * 1024, 'b'));
        abandonWrite(Instant.now());
        Instant after = Instant.now().plus(TICK);

        Map<BlobId, AgedBlob> listed = inventory().blobs().stream().collect(Collectors.toMap(AgedBlob::id, blob -> blob));

        assertEquals(2, listed.size());
        assertEquals(small, listed.get(small.id()).blob());
        assertEquals(large, listed.get(large.id()).blob());
        for (AgedBlob blob : listed.values()) {
            assertTrue(blob.lastWritten().isAfter(before) && blob.lastWritten().isBefore(after), blob.toString());
        }
    }

    @Test
    void removesABlobOnlyIfWrittenBeforeTheCutoff() throws IOException {
        StoredBlob old = put(bytes(300 * 1024, 'c'));
        StoredBlob fresh = put(bytes(7, 'd'));
        age(old.id(), Instant.now().minus(HOUR.multipliedBy(2)));
        Instant cutoff = Instant.now().minus(HOUR);

        assertTrue(inventory().remove(old.id(), cutoff));
        assertFalse(inventory().remove(fresh.id(), cutoff));

        assertTrue(store().find(old.id()).isEmpty());
        assertEquals(fresh, store().find(fresh.id()).orElseThrow());
        assertFalse(inventory().remove(old.id(), cutoff), "a blob already gone");
        assertEquals(1, inventory().blobs().size());
    }

    @Test
    void storingContentAgainMarksItWrittenNowSoACollectionKeepsItForTheWriter() throws IOException {
        for (byte[] content : new byte[][] {bytes(9, 'e'), bytes(300 * 1024, 'f')}) {
            StoredBlob blob = put(content);
            age(blob.id(), Instant.now().minus(Duration.ofDays(1)));

            assertEquals(blob, put(content));

            assertFalse(inventory().remove(blob.id(), Instant.now().minus(HOUR)));
            assertEquals(blob, store().find(blob.id()).orElseThrow());
        }
    }

    @Test
    void storingContentAgainInABatchMarksItWrittenNow() throws IOException {
        byte[] small = bytes(13, 'h');
        byte[] large = bytes(300 * 1024, 'i');
        StoredBlob storedSmall = put(small);
        StoredBlob storedLarge = put(large);
        age(storedSmall.id(), Instant.now().minus(Duration.ofDays(1)));
        age(storedLarge.id(), Instant.now().minus(Duration.ofDays(1)));

        try (BlobBatch batch = store().batch()) {
            assertEquals(storedSmall, batch.put(new ByteArrayInputStream(small)));
            assertEquals(storedLarge, batch.put(new ByteArrayInputStream(large)));
            batch.makeDurable();
        }

        assertFalse(inventory().remove(storedSmall.id(), Instant.now().minus(HOUR)));
        assertFalse(inventory().remove(storedLarge.id(), Instant.now().minus(HOUR)));
        assertEquals(2, inventory().blobs().size());
    }

    @Test
    void abandonedWritesGoOnceStartedBeforeTheCutoffAndBlobsStay() throws IOException {
        StoredBlob blob = put(bytes(11, 'g'));
        age(blob.id(), Instant.now().minus(Duration.ofDays(1)));
        abandonWrite(Instant.now().minus(HOUR.multipliedBy(2)));
        abandonWrite(Instant.now());
        Instant cutoff = Instant.now().minus(HOUR);

        assertEquals(1, inventory().removeAbandonedWrites(cutoff));
        assertEquals(0, inventory().removeAbandonedWrites(cutoff));

        assertEquals(1, inventory().removeAbandonedWrites(Instant.now().plus(HOUR)));
        assertEquals(blob, store().find(blob.id()).orElseThrow());
    }

    private StoredBlob put(byte[] content) throws IOException {
        return store().put(new ByteArrayInputStream(content));
    }

    private static byte[] bytes(int size, char fill) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }
}
