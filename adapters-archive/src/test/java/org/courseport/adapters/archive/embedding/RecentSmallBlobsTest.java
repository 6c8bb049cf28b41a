package org.courseport.adapters.archive.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.junit.jupiter.api.Test;

class RecentSmallBlobsTest {
    private final InMemoryBlobStore store = new InMemoryBlobStore();
    private final BlobStore recent = new RecentSmallBlobs().over(store);

    private static byte[] random(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private List<StoredBlob> putInBatch(boolean durable, byte[]... contents) throws IOException {
        List<StoredBlob> put = new ArrayList<>();
        try (BlobBatch batch = recent.batch()) {
            for (byte[] content : contents) {
                put.add(batch.put(new ByteArrayInputStream(content)));
            }
            if (durable) {
                batch.makeDurable();
            }
        }
        return put;
    }

    /** Gone from the store (as after a collection), it can only be read from memory. */
    private void forget(StoredBlob blob) {
        store.remove(blob.id(), Instant.now().plusSeconds(60));
    }

    private byte[] read(StoredBlob blob) throws IOException {
        try (InputStream in = recent.open(blob.id()).orElseThrow()) {
            return in.readAllBytes();
        }
    }

    @Test
    void smallContentOfADurableBatchIsReadFromMemoryAndLargeContentFromTheStore() throws IOException {
        byte[] small = random(RecentSmallBlobs.MAX_BLOB, 1);
        byte[] large = random(RecentSmallBlobs.MAX_BLOB + 1, 2);
        List<StoredBlob> put = putInBatch(true, small, large);

        assertArrayEquals(large, read(put.get(1)), "large content passes through whole");
        forget(put.get(0));
        forget(put.get(1));

        assertArrayEquals(small, read(put.get(0)));
        assertTrue(recent.open(put.get(1).id()).isEmpty());
    }

    @Test
    void aBatchNeverMadeDurableLeavesNothingInMemory() throws IOException {
        StoredBlob blob = putInBatch(false, random(100, 3)).get(0);
        forget(blob);

        assertTrue(recent.open(blob.id()).isEmpty());
    }

    @Test
    void memoryHoldsAtMostItsCapTheOldestGoingFirst() throws IOException {
        int count = RecentSmallBlobs.MAX_BYTES / RecentSmallBlobs.MAX_BLOB;
        List<StoredBlob> first = putInBatch(true, random(RecentSmallBlobs.MAX_BLOB, 10));
        byte[][] more = new byte[count][];
        for (int i = 0; i < count; i++) {
            more[i] = random(RecentSmallBlobs.MAX_BLOB, 100 + i);
        }
        List<StoredBlob> then = putInBatch(true, more);
        forget(first.get(0));
        then.forEach(this::forget);

        assertTrue(recent.open(first.get(0).id()).isEmpty(), "the oldest made room");
        for (int i = 0; i < count; i++) {
            assertArrayEquals(more[i], read(then.get(i)));
        }
        assertEquals(count, then.size());
    }
}
