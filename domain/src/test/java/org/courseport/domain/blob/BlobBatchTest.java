package org.courseport.domain.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlobBatchTest {

    /** A batch that hashes what it is given and keeps it. */
    private static final class Kept implements BlobBatch {
        final List<byte[]> contents = new ArrayList<>();

        @Override
        public StoredBlob put(InputStream content) throws IOException {
            byte[] bytes = content.readAllBytes();
            contents.add(bytes);
            return new StoredBlob(new BlobId(Sha256.hex(bytes)), bytes.length);
        }

        @Override
        public void makeDurable() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aBatchThatCannotCompareStoresContentThoughtLikelyAsAnyOther() throws IOException {
        Kept batch = new Kept();
        byte[] content = "two".getBytes(StandardCharsets.UTF_8);
        StoredBlob likely = new StoredBlob(new BlobId(Sha256.hex("one".getBytes(StandardCharsets.UTF_8))), 3);

        StoredBlob stored = batch.put(new ByteArrayInputStream(content), likely);

        assertEquals(new StoredBlob(new BlobId(Sha256.hex(content)), 3), stored, "the content's blob, not the likely one");
        assertArrayEquals(content, batch.contents.get(0));
    }
}
