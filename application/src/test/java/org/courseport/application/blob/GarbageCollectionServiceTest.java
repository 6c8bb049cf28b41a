package org.courseport.application.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.courseport.application.fixtures.FixedBlobReferences;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.MovableClock;
import org.courseport.domain.blob.AgedBlob;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobInventory;
import org.courseport.domain.blob.StoredBlob;
import org.courseport.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;

class GarbageCollectionServiceTest {
    private static final Duration HOUR = Duration.ofHours(1);

    private final MovableClock clock = new MovableClock();
    private final InMemoryBlobStore store = new InMemoryBlobStore(clock);

    @Test
    void removesWhatNothingNamesOnceOlderThanTheMinimumAgeAndReportsItsSize() throws IOException {
        StoredBlob named = put("a file of version 1");
        StoredBlob orphan = put("a file of a deleted course");
        clock.advance(Duration.ofHours(7));
        StoredBlob fresh = put("stored a moment ago, not named yet");

        GarbageReport report = collector(FixedBlobReferences.naming(named.id())).collect(GarbageCollection.routine());

        assertEquals(new GarbageReport(1, orphan.size(), 0, false), report);
        assertTrue(store.find(orphan.id()).isEmpty());
        assertTrue(store.find(named.id()).isPresent());
        assertTrue(store.find(fresh.id()).isPresent());
    }

    @Test
    void aBlobExactlyTheMinimumAgeIsKeptAndOneAMomentOlderGoes() throws IOException {
        StoredBlob older = put("older");
        clock.advance(Duration.ofMillis(1));
        StoredBlob exactly = put("exactly six hours");
        clock.advance(GarbageCollection.GRACE_PERIOD);

        GarbageReport report = collector(FixedBlobReferences.naming()).collect(GarbageCollection.routine());

        assertEquals(new GarbageReport(1, older.size(), 0, false), report);
        assertTrue(store.find(exactly.id()).isPresent());
    }

    @Test
    void aDryRunReportsWhatWouldGoAndRemovesNothing() throws IOException {
        StoredBlob one = put("one");
        StoredBlob two = put("two, longer");
        clock.advance(HOUR);
        RecordingInventory inventory = new RecordingInventory(store, 5);

        GarbageReport report = new GarbageCollectionService(inventory, FixedBlobReferences.naming(), clock)
                .collect(new GarbageCollection(Duration.ZERO, true));

        assertEquals(new GarbageReport(2, one.size() + two.size(), 0, true), report);
        assertEquals(2, store.size());
        assertEquals(List.of(), inventory.abandonedCutoffs);
    }

    @Test
    void blobsWrittenSinceAnUnfinishedImportBeganStayWhateverTheMinimumAge() throws IOException {
        StoredBlob beforeImport = put("of a failed import, long ago");
        clock.advance(HOUR);
        Instant importStart = clock.instant();
        clock.advance(HOUR);
        StoredBlob ofTheImport = put("stored by the running import, named once it commits");
        clock.advance(HOUR);
        FixedBlobReferences running = FixedBlobReferences.naming().withImportRunningSince(importStart);

        GarbageReport report = collector(running).collect(new GarbageCollection(Duration.ZERO, false));

        assertEquals(new GarbageReport(1, beforeImport.size(), 0, false), report);
        assertTrue(store.find(ofTheImport.id()).isPresent());
    }

    @Test
    void aFileTimeJustBeforeTheImportBeganCountsAsTheImportsForCoarseClocks() throws IOException {
        put("long before");
        clock.advance(HOUR);
        StoredBlob justBefore = put("written within the slack before the import began");
        clock.advance(GarbageCollectionService.CLOCK_SLACK.minusMillis(1));
        FixedBlobReferences running = FixedBlobReferences.naming().withImportRunningSince(clock.instant());

        GarbageReport report = collector(running).collect(new GarbageCollection(Duration.ZERO, false));

        assertEquals(1, report.blobs());
        assertTrue(store.find(justBefore.id()).isPresent());
    }

    @Test
    void anImportThatBeganRecentlyDoesNotShortenTheMinimumAge() throws IOException {
        StoredBlob old = put("seven hours old");
        clock.advance(Duration.ofHours(5));
        StoredBlob recent = put("two hours old");
        clock.advance(HOUR);
        Instant importStart = clock.instant();
        clock.advance(HOUR);

        GarbageReport report = collector(FixedBlobReferences.naming().withImportRunningSince(importStart))
                .collect(GarbageCollection.routine());

        assertEquals(new GarbageReport(1, old.size(), 0, false), report);
        assertTrue(store.find(recent.id()).isPresent());
    }

    @Test
    void contentStoredAgainAfterTheListingIsKeptAndNotCounted() throws IOException {
        StoredBlob blob = put("listed as garbage, then handed to a new writer");
        clock.advance(Duration.ofDays(1));
        BlobInventory writerMeanwhile = new RecordingInventory(store, 0) {
            @Override
            public List<AgedBlob> blobs() {
                List<AgedBlob> listed = super.blobs();
                put("listed as garbage, then handed to a new writer");
                return listed;
            }
        };

        GarbageReport report = new GarbageCollectionService(writerMeanwhile, FixedBlobReferences.naming(), clock)
                .collect(GarbageCollection.routine());

        assertEquals(new GarbageReport(0, 0, 0, false), report);
        assertTrue(store.find(blob.id()).isPresent());
    }

    @Test
    void abandonedWritesGoWithTheSameCutoffAndAreCounted() throws IOException {
        Instant importStart = clock.instant();
        clock.advance(Duration.ofHours(8));
        RecordingInventory inventory = new RecordingInventory(store, 3);

        GarbageReport report = new GarbageCollectionService(inventory, FixedBlobReferences.naming().withImportRunningSince(importStart),
                clock).collect(GarbageCollection.routine());

        assertEquals(new GarbageReport(0, 0, 3, false), report);
        assertEquals(List.of(importStart.minus(GarbageCollectionService.CLOCK_SLACK)), inventory.abandonedCutoffs);
    }

    @Test
    void theMinimumAgeIsZeroOrMore() {
        InvalidInput negative = assertThrows(InvalidInput.class, () -> new GarbageCollection(Duration.ofSeconds(-1), true));
        assertEquals("min-age", negative.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> new GarbageCollection(null, false));
        assertEquals(Duration.ZERO, new GarbageCollection(Duration.ZERO, false).minAge());
        assertEquals(new GarbageCollection(Duration.ofHours(6), false), GarbageCollection.routine());
    }

    @Test
    void aReportFreedSomethingWhenABlobOrAnAbandonedWriteWent() {
        assertFalse(new GarbageReport(0, 0, 0, false).freedAnything());
        assertTrue(new GarbageReport(1, 0, 0, false).freedAnything());
        assertTrue(new GarbageReport(0, 0, 1, false).freedAnything());
    }

    private GarbageCollectionService collector(FixedBlobReferences references) {
        return new GarbageCollectionService(store, references, clock);
    }

    private StoredBlob put(String content) {
        try {
            return store.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The store, with a fixed number of abandoned writes and a note of the cutoffs they were asked for. */
    private static class RecordingInventory implements BlobInventory {
        final List<Instant> abandonedCutoffs = new ArrayList<>();
        private final InMemoryBlobStore store;
        private final int abandoned;

        RecordingInventory(InMemoryBlobStore store, int abandoned) {
            this.store = store;
            this.abandoned = abandoned;
        }

        @Override
        public List<AgedBlob> blobs() {
            return store.blobs();
        }

        @Override
        public boolean remove(BlobId id, Instant writtenBefore) {
            return store.remove(id, writtenBefore);
        }

        @Override
        public int removeAbandonedWrites(Instant startedBefore) {
            abandonedCutoffs.add(startedBefore);
            return abandoned;
        }
    }
}
