package org.courseport.domain.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestTest {
    private static final BlobId A = new BlobId("a".repeat(64));
    private static final BlobId B = new BlobId("b".repeat(64));

    @Test
    void theDigestDependsOnContentNotOrder() {
        Manifest one = Manifest.of(List.of(new ManifestEntry("x", A, 1), new ManifestEntry("y", B, 2)));
        Manifest two = Manifest.of(List.of(new ManifestEntry("y", B, 2), new ManifestEntry("x", A, 1)));
        Manifest other = Manifest.of(List.of(new ManifestEntry("x", B, 2), new ManifestEntry("y", A, 1)));
        assertEquals(one.digest(), two.digest());
        assertNotEquals(one.digest(), other.digest());
    }

    @Test
    void aPathTwiceIsRefused() {
        assertThrows(Unprocessable.class, () -> Manifest.of(List.of(new ManifestEntry("x", A, 1), new ManifestEntry("x", B, 2))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "/etc/passwd", "C:/x", "a//b", "./a", "a\\b"})
    void unsafePathsAreRefused(String path) {
        assertThrows(Unprocessable.class, () -> new ManifestEntry(path, A, 1));
    }
}
