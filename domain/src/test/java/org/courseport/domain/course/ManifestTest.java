package org.courseport.domain.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.courseport.domain.blob.BlobId;
import org.courseport.domain.error.Unprocessable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestTest {
    private static final BlobId A = new BlobId("a".repeat(64));
    private static final BlobId B = new BlobId("b".repeat(64));

    @Test
    void theEmptyManifestHasNoFiles() {
        assertEquals(0, Manifest.empty().fileCount());
        assertEquals(Manifest.of(List.of()), Manifest.empty());
        assertEquals(Optional.empty(), Manifest.empty().entry("course.xml"));
    }

    @Test
    void theDigestDependsOnContentNotOrder() {
        Manifest one = Manifest.of(List.of(new ManifestEntry("x", A, 1), new ManifestEntry("y", B, 2)));
        Manifest two = Manifest.of(List.of(new ManifestEntry("y", B, 2), new ManifestEntry("x", A, 1)));
        Manifest other = Manifest.of(List.of(new ManifestEntry("x", B, 2), new ManifestEntry("y", A, 1)));
        assertEquals(one.digest(), two.digest());
        assertNotEquals(one.digest(), other.digest());
    }

    /**
     * Stored versions keep their digest, and a re-import is recognised as unchanged by comparing with it:
     * the encoding (path NUL blob NUL size LF per entry, in path order) must not drift.
     */
    @Test
    void theDigestIsTheSha256OfEachPathBlobAndSizeInPathOrder() {
        Manifest manifest = Manifest.of(List.of(new ManifestEntry("x", B, 3), new ManifestEntry("html/a.html", A, 12)));
        assertEquals("1da2373a721b539cc4c1829c804bd39689cdab758d12106f985fdc4be5f78fb9", manifest.digest());
    }

    @Test
    void theDigestTellsEntriesApartWhereTheirTextWouldRunTogether() {
        Manifest one = Manifest.of(List.of(new ManifestEntry("0", A, 1), new ManifestEntry("1b", B, 5)));
        Manifest two = Manifest.of(List.of(new ManifestEntry("0", A, 11), new ManifestEntry("b", B, 5)));
        assertNotEquals(one.digest(), two.digest());
    }

    @Test
    void aManifestListsItsFilesInPathOrderAndCountsThem() {
        ManifestEntry x = new ManifestEntry("x", A, 10);
        ManifestEntry a = new ManifestEntry("a/b", B, 5);
        Manifest manifest = Manifest.of(List.of(x, a));
        assertEquals(List.of(a, x), List.copyOf(manifest.entries()));
        assertEquals(Optional.of(a), manifest.entry("a/b"));
        assertEquals(Optional.empty(), manifest.entry("a"));
        assertEquals(2, manifest.fileCount());
        assertEquals(15, manifest.totalBytes());
        assertEquals(0, Manifest.of(List.of()).totalBytes());
    }

    @Test
    void manifestsWithTheSameEntriesAreEqual() {
        Manifest one = Manifest.of(List.of(new ManifestEntry("x", A, 1), new ManifestEntry("y", B, 2)));
        Manifest same = Manifest.of(List.of(new ManifestEntry("y", B, 2), new ManifestEntry("x", A, 1)));
        Manifest other = Manifest.of(List.of(new ManifestEntry("x", A, 1)));
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, other);
        assertNotEquals(one, "x");
    }

    @Test
    void aPathTwiceIsRefused() {
        Unprocessable e = assertThrows(Unprocessable.class,
                () -> Manifest.of(List.of(new ManifestEntry("x", A, 1), new ManifestEntry("x", B, 2))));
        assertEquals("archive entry 'x' refused: the path appears twice", e.getMessage());
    }

    @Test
    void anEntryMayBeEmptyButNotNegative() {
        assertEquals(0, new ManifestEntry("x", A, 0).size());
        assertThrows(IllegalArgumentException.class, () -> new ManifestEntry("x", A, -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "/etc/passwd", "C:/x", "a//b", "./a", "a\\b"})
    void unsafePathsAreRefused(String path) {
        assertThrows(Unprocessable.class, () -> new ManifestEntry(path, A, 1));
    }
}
