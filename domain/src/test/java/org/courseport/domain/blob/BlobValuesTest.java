package org.courseport.domain.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlobValuesTest {
    private static final String HEX = "0123456789abcdef".repeat(4);

    @Test
    void aBlobIdIsALowercaseSha256() {
        assertEquals(HEX, new BlobId(HEX).sha256());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
            "g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void anythingElseIsNotABlobId(String text) {
        assertThrows(IllegalArgumentException.class, () -> new BlobId(text));
    }

    @Test
    void aStoredBlobMayBeEmptyButNotNegative() {
        assertEquals(0, new StoredBlob(new BlobId(HEX), 0).size());
        assertThrows(IllegalArgumentException.class, () -> new StoredBlob(new BlobId(HEX), -1));
    }
}
