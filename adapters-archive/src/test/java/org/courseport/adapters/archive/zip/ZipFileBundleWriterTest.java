package org.courseport.adapters.archive.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.domain.blob.BundledFile;
import org.courseport.domain.blob.StoredBlob;
import org.junit.jupiter.api.Test;

class ZipFileBundleWriterTest {

    @Test
    void streamsEachFileUnderItsPath() throws IOException {
        InMemoryBlobStore blobs = new InMemoryBlobStore();
        byte[] code = "print('hi')\n".getBytes();
        byte[] image = OlxCourse.binary(100_000);
        StoredBlob a = blobs.put(new ByteArrayInputStream(code));
        StoredBlob b = blobs.put(new ByteArrayInputStream(image));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipFileBundleWriter(blobs).write(List.of(new BundledFile("src/main.py", a.id()),
                new BundledFile("résumé/photo.png", b.id())), out);

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("src/main.py", first.getName());
            assertArrayEquals(code, zip.readAllBytes());
            assertEquals("résumé/photo.png", zip.getNextEntry().getName());
            assertArrayEquals(image, zip.readAllBytes());
            assertNull(zip.getNextEntry());
        }
    }

    @Test
    void textIsDeflatedAndWhatDoesNotShrinkIsStoredWhole() throws IOException {
        InMemoryBlobStore blobs = new InMemoryBlobStore();
        byte[] text = "class Main { int score = 1; }\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] random = OlxCourse.binary(300_000);
        StoredBlob a = blobs.put(new ByteArrayInputStream(text));
        StoredBlob b = blobs.put(new ByteArrayInputStream(random));
        StoredBlob empty = blobs.put(new ByteArrayInputStream(new byte[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipFileBundleWriter(blobs).write(List.of(new BundledFile("A1-g1/Main.java", a.id()),
                new BundledFile("A1-g1/data.bin", b.id()), new BundledFile("A1-g1/empty.txt", empty.id())), out);

        assertTrue(out.size() < random.length + text.length / 10, "text deflated: " + out.size());
        assertTrue(out.size() > random.length, "random bytes cannot shrink: " + out.size());
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("A1-g1/Main.java", zip.getNextEntry().getName());
            assertArrayEquals(text, zip.readAllBytes());
            assertEquals("A1-g1/data.bin", zip.getNextEntry().getName());
            assertArrayEquals(random, zip.readAllBytes());
            assertEquals("A1-g1/empty.txt", zip.getNextEntry().getName());
            assertEquals(0, zip.readAllBytes().length);
        }
    }
}
