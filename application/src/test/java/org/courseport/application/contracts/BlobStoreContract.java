package org.courseport.application.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.courseport.domain.blob.BlobBatch;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.blob.BlobStore;
import org.courseport.domain.blob.StoredBlob;
import org.junit.jupiter.api.Test;

/** What every BlobStore implementation promises, whatever it keeps the bytes in; each runs it through a subclass. */
public abstract class BlobStoreContract {
    protected abstract BlobStore store();

    protected static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void keepsSmallAndLargeContentUnderItsSha256() throws Exception {
        for (byte[] content : new byte[][] {new byte[0], "hello".getBytes(), random(3 * 1024 * 1024 + 17)}) {
            StoredBlob blob = store().put(new ByteArrayInputStream(content));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), blob.id().sha256());
            assertEquals(content.length, blob.size());
            try (InputStream in = store().open(blob.id()).orElseThrow()) {
                assertArrayEquals(content, in.readAllBytes());
            }
            assertEquals(blob, store().find(blob.id()).orElseThrow());
        }
    }

    @Test
    void theSameContentTwiceIsOneBlob() throws IOException {
        byte[] content = random(600_000);
        StoredBlob first = store().put(new ByteArrayInputStream(content));
        StoredBlob second = store().put(new ByteArrayInputStream(content));
        assertEquals(first, second);
    }

    @Test
    void aBatchKeepsEveryBlobOnceMadeDurable() throws IOException {
        byte[] small = random(1000);
        byte[] large = random(700_000);
        StoredBlob first;
        StoredBlob second;
        try (BlobBatch batch = store().batch()) {
            first = batch.put(new ByteArrayInputStream(small));
            second = batch.put(new ByteArrayInputStream(large));
            assertEquals(first, batch.put(new ByteArrayInputStream(small)));
            batch.makeDurable();
        }
        try (InputStream a = store().open(first.id()).orElseThrow(); InputStream b = store().open(second.id()).orElseThrow()) {
            assertArrayEquals(small, a.readAllBytes());
            assertArrayEquals(large, b.readAllBytes());
        }
    }

    /**
     * Content given as likely a stored blob is the blob it is, whether it is that blob, differs from it
     * anywhere (first byte, at or across a 64 KiB boundary, last byte), is shorter or longer, or the
     * likely blob is not stored at all.
     */
    @Test
    void contentThoughtLikelyAStoredBlobIsTheBlobItIs() throws IOException {
        int size = 3 * 65_536 + 100;
        byte[] stored = random(size);
        StoredBlob blob = store().put(new ByteArrayInputStream(stored));
        List<byte[]> contents = new ArrayList<>(List.of(stored, Arrays.copyOf(stored, 65_536), Arrays.copyOf(stored, 70_000),
                Arrays.copyOf(stored, size + 1), Arrays.copyOf(stored, 2 * size), new byte[0], random(1000)));
        for (int at : new int[] {0, 65_535, 65_536, 100_000, size - 1}) {
            byte[] changed = stored.clone();
            changed[at] ^= 1;
            contents.add(changed);
        }
        StoredBlob unknown = new StoredBlob(new BlobId("0".repeat(64)), size);
        for (StoredBlob likely : List.of(blob, unknown)) {
            for (byte[] content : contents) {
                StoredBlob put;
                try (BlobBatch batch = store().batch()) {
                    put = batch.put(new ByteArrayInputStream(content), likely);
                    batch.makeDurable();
                }
                assertEquals(store().put(new ByteArrayInputStream(content)), put, content.length + " bytes");
                try (InputStream in = store().open(put.id()).orElseThrow()) {
                    assertArrayEquals(content, in.readAllBytes());
                }
            }
        }
        try (InputStream in = store().open(blob.id()).orElseThrow()) {
            assertArrayEquals(stored, in.readAllBytes(), "the likely blob is unchanged");
        }
    }

    /** More small files than a store may write together, some stored already, some twice, one empty. */
    @Test
    void aBatchOfManySmallFilesKeepsEach() throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (int size = 0; size < 700; size++) {
            contents.add(random(size));
        }
        StoredBlob storedBefore = store().put(new ByteArrayInputStream(contents.get(300)));
        List<StoredBlob> put = new ArrayList<>();
        try (BlobBatch batch = store().batch()) {
            for (byte[] content : contents) {
                put.add(batch.put(new ByteArrayInputStream(content)));
                assertEquals(put.get(0), batch.put(new ByteArrayInputStream(contents.get(0))));
            }
            batch.makeDurable();
        }
        assertEquals(storedBefore, put.get(300));
        for (int i = 0; i < contents.size(); i++) {
            assertEquals(contents.get(i).length, put.get(i).size());
            try (InputStream in = store().open(put.get(i).id()).orElseThrow()) {
                assertArrayEquals(contents.get(i), in.readAllBytes());
            }
        }
    }

    @Test
    void anUnknownBlobIsEmpty() throws IOException {
        BlobId unknown = new BlobId("0".repeat(64));
        assertTrue(store().open(unknown).isEmpty());
        assertTrue(store().find(unknown).isEmpty());
    }

    @Test
    void aFailedWriteLeavesNoBlob() throws Exception {
        byte[] head = random(1024 * 1024);
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        assertThrows(IOException.class, () -> store().put(failing));
        BlobId partial = new BlobId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(head)));
        assertTrue(store().find(partial).isEmpty());
    }
}
