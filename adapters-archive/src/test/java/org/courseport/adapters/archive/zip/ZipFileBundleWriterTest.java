package org.courseport.adapters.archive.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
}
