package org.courseport.adapters.archive.tar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ForkJoinPool;
import org.courseport.application.fixtures.InMemoryBlobStore;
import org.courseport.application.fixtures.OlxCourse;
import org.courseport.application.fixtures.TarGz;
import org.courseport.domain.course.ArchiveLimits;
import org.courseport.domain.course.ArchiveProgress;
import org.courseport.domain.course.Manifest;
import org.courseport.domain.course.ManifestEntry;
import org.junit.jupiter.api.Test;

class TarGzCourseArchiveWriterTest {
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final TarGzCourseArchiveReader reader = new TarGzCourseArchiveReader(blobs, ForkJoinPool.commonPool());
    private final TarGzCourseArchiveWriter writer = new TarGzCourseArchiveWriter(blobs, ForkJoinPool.commonPool(), 4);

    @Test
    void writesBackEveryFileAndTheSameManifestGivesTheSameBytes() throws IOException {
        OlxCourse course = OlxCourse.of("MITx", "6.002x", "2026_Fall")
                .put("static/" + "deep/".repeat(30) + "long-name.txt", "a path over 100 bytes");
        Manifest manifest = reader.unpack(new ByteArrayInputStream(TarGz.archive().course(course, "top").bytes()),
                ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, Manifest.empty());

        byte[] first = write(manifest);
        byte[] second = write(manifest);
        assertArrayEquals(first, second);

        Manifest again = reader.unpack(new ByteArrayInputStream(first), ArchiveLimits.DEFAULTS, ArchiveProgress.NONE, Manifest.empty());
        assertEquals(manifest, again);
        for (ManifestEntry entry : again.entries()) {
            assertArrayEquals(course.files().get(entry.path()), blobs.open(entry.blob()).orElseThrow().readAllBytes());
        }
    }

    private byte[] write(Manifest manifest) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(manifest, out);
        return out.toByteArray();
    }
}
