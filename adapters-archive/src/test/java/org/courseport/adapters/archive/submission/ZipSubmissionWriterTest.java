package org.courseport.adapters.archive.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.domain.grading.SubmissionFile;
import org.courseport.domain.grading.SubmissionPath;
import org.junit.jupiter.api.Test;

class ZipSubmissionWriterTest {
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();

    @Test
    void everyFileComesBackUnderTheFolderByteForByte() throws IOException {
        byte[] binary = new byte[300_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + (i >> 7));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("README.md", "# Lab 1\n".getBytes(StandardCharsets.UTF_8));
        files.put("src/main/Main.java", "class Main {}\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        files.put("data/ünïcode.bin", binary);
        files.put("empty.txt", new byte[0]);
        List<SubmissionFile> submission = files.entrySet().stream().map(e -> file(e.getKey(), e.getValue())).toList();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipSubmissionWriter(blobs).write("A1-g1", submission, out);

        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                read.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertEquals(List.copyOf(files.keySet()).stream().map(p -> "A1-g1/" + p).toList(), List.copyOf(read.keySet()));
        files.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.ISO_8859_1),
                new String(read.get("A1-g1/" + path), StandardCharsets.ISO_8859_1), path));
    }

    private SubmissionFile file(String path, byte[] bytes) {
        try {
            return new SubmissionFile(new SubmissionPath(path), blobs.put(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
